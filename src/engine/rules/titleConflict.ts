import type { Finding } from '../types';
import type { Rule } from './rule';
import { personMentions, type PersonMention } from './support/personNames';
import { titlesConflict } from './support/titles';

/**
 * "Finance Minister Ana Silva" ... "Silva, the deputy finance minister": one person, two offices of one
 * kind. A surname alone stands for the one person of that surname with a given name; when the article
 * names two people of one surname ("Ana Silva", "João Silva"), bare surnames are left alone. Titles of
 * another time ("former", "then") may differ and are not compared.
 */
export const titleConflict: Rule = {
  id: 'VER017',
  name: 'title-conflict',
  description: 'One person is given two titles that cannot both be right ("Finance Minister", "deputy finance minister").',
  defaultSeverity: 'warning',
  scope: 'document',
  run(ctx) {
    const mentions = personMentions(ctx.model);
    const firsts = new Map<string, Set<string>>();
    for (const m of mentions) if (m.first) firsts.set(m.surname, (firsts.get(m.surname) ?? new Set()).add(m.first));
    const people = new Map<string, PersonMention[]>();
    for (const m of mentions) {
      if (!m.title) continue;
      const shared = (firsts.get(m.surname)?.size ?? 0) > 1;
      if (shared && !m.first) continue;
      const key = shared ? `${m.first} ${m.surname}` : m.surname;
      const list = people.get(key);
      if (list) list.push(m);
      else people.set(key, [m]);
    }
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    for (const [key, titled] of people) {
      const only = firsts.get(key)?.size === 1 ? [...firsts.get(key)!][0] : null;
      const name = only ? `${only} ${key}` : key;
      const first = titled[0];
      const reported = new Set<string>();
      for (const m of titled.slice(1)) {
        if (!titlesConflict(first.title!, m.title!) || reported.has(m.title!.text.toLowerCase())) continue;
        reported.add(m.title!.text.toLowerCase());
        out.push({
          start: Math.min(m.start, m.titleStart),
          end: Math.max(m.end, m.titleEnd),
          message: `"${m.title!.text}" here, but "${first.title!.text}" for ${name} earlier: one person, two titles?`,
        });
      }
    }
    return out;
  },
};
