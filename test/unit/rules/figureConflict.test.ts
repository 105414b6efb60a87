import { checkCases, type Case } from './helpers';

suite('figure-conflict (VER019)', () => {
  test('cases', () => {
    const cases: Case[] = [
      ['The company agreed a $4.5bn deal in March.\n\nThe deal, worth $4.6 billion, closed in June.', null, ['$4.6 billion']],
      ['The company agreed a $4.5bn deal in March.\n\nThe deal, worth $4.5 billion, closed in June.', null, []],
      // The subject of a copula; the second figure as a modifier before its noun.
      ['The deficit was $48 billion.\n\nThe president defended his $52 billion deficit plan.', null, ['$52 billion']],
      ["The trust's £48m redevelopment is late.\n\nGovernors say the redevelopment, worth £52m, should stop.", null, ['£52m']],
      // Two periods, two offers: two figures, not one given twice.
      ['The deficit was $48 billion in 2021.\n\nThe $52 billion deficit of 2022 was larger.', null, []],
      ['The union rejected a $3m offer.\n\nA second offer of $3.5m was accepted.', null, []],
      // Rounding: $4.52bn is $4.5bn.
      ['The company agreed a $4.52bn deal in March.\n\nThe deal, worth $4.5 billion, closed in June.', null, []],
      ['The bridge will cost £1.2bn.\n\nCritics say the £1.3bn bridge is a vanity project.', null, ['£1.3bn']],
      // A transaction the sentence names is the figure's subject too.
      ['Acme agreed to buy Rival Corp for $4.5bn in a deal announced on Monday.\n\nShareholders vote on the $4.6 billion deal in June.', null, ['$4.6 billion']],
      ['Acme agreed to buy Rival Corp for $4.5bn in a deal announced on Monday.\n\nThe firm also has a $4.7bn loan.', null, []],
      // The head of a compound: "infrastructure bill".
      ['The panel advanced a $1.2 trillion infrastructure bill.\n\nThe $1.3 trillion bill now goes to the Senate.', null, ['$1.3 trillion']],
      // Another subject.
      ['The company agreed a $4.5bn deal in March.\n\nThe loan, worth $4.6 billion, closed in June.', null, []],
      // A revision is expected to change the figure.
      ['The company agreed a $4.5bn deal in March.\n\nThe deal, since raised to $4.6 billion, closed in June.', null, []],
      // Far apart: more likely another deal.
      ['The company agreed a $4.5bn deal in March.\n\nA deal worth $45m was signed too.', null, []],
    ];
    checkCases('figure-conflict', cases);
  });
});
