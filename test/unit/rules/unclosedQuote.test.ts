import { checkCases, type Case } from './helpers';

suite('unclosed-quote (VER018)', () => {
  test('cases', () => {
    const cases: Case[] = [
      ['“We will not move, he said. The vote is on Monday.\n\nThe council meets in June.', null, ['“We will not move, he said.']],
      ['"We will not move, he said. The vote is on Monday.\n\nThe council meets in June.', null, ['"We will not move, he said.']],
      ['“We will not move,” he said.\n\nThe council meets in June.', null, []],
      ['"We will not move," he said. "Never."', null, []],
      // A quotation carried over into the next paragraph, the newspaper way.
      ['“We will not move. We have waited too long.\n\n“The vote is ours,” he said.', null, []],
      ['He said: ” we will not move.', null, ['”']],
      // An inch mark is not a quotation mark.
      ['The 15" screen costs more than the 13" one.', null, []],
      ['“First quote, he said. “Second quote,” she said.', null, ['“First quote, he said.']],
      // Mixed and wrong-way marks read by their sides.
      ['He blasted the film “Frozen“ and the books for being “pro-gay,” he said.', null, []],
      ['The group wrote, "The pool is out of balance.“ Prices rose.', null, []],
      // A quotation a later paragraph closes; HTML tags; the newspaper convention with straight marks.
      ['"We will not move, he said.\n\nThe vote is ours," he added.', null, []],
      ['<a href="http://example.com">a link</a> to the story.', null, []],
      ['"We will not move. We have waited too long.\n\n"The vote is ours," he said.', null, []],
      // A wrong-way mark with spaces both sides after a sentence's end opens (no quotation open).
      ['Obama said the words were bad. ” … what I learned is that words matter,” he said.', null, []],
      ['Obama said: “ the words were bad. ” He left.', null, []],
      // A quotation nested in another and left open.
      ['She said: “He told us “stay home.” Then she left.\n\nThe end.', null, ['“He told us']],
    ];
    checkCases('unclosed-quote', cases);
  });
});
