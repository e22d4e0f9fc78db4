import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes';
import { findQuoteSpans } from './quote-marks';

type Case = { rule: string; text: string; quotes: [string, string | null][] };

/** One small real-style passage per rule: the quotes expected, each with its speaker. */
const CASES: Case[] = [
  {
    rule: 'verb after, name',
    text: '“We will not back down,” Mr Johnson said on Tuesday.',
    quotes: [['We will not back down,', 'Mr Johnson']],
  },
  {
    rule: 'verb after, inverted',
    text: '"The figures speak for themselves," said Angela Rayner, the party\'s deputy leader.',
    quotes: [['The figures speak for themselves,', 'Angela Rayner']],
  },
  {
    rule: 'verb before, colon',
    text: 'Health Secretary Sarah Jones told the BBC: "We are doing everything we can to cut waiting lists."',
    quotes: [['We are doing everything we can to cut waiting lists.', 'Sarah Jones']],
  },
  {
    rule: 'pronoun resolved to the last named speaker',
    text: 'Sarah Jones said the plan was fully funded.\n\n"Nobody will be left behind by these reforms," she added.',
    quotes: [['Nobody will be left behind by these reforms,', 'Sarah Jones']],
  },
  {
    rule: 'pronoun skips a speaker of the other gender',
    text: 'Ms Patel said the bill would pass. Mr Hughes disagreed, and said so. "It will fail in the Lords next month," she said.',
    quotes: [['It will fail in the Lords next month,', 'Ms Patel']],
  },
  {
    rule: 'role resolved to a named holder',
    text: 'Prime Minister Jacinda Ardern announced the measures on Monday. "This is the right thing to do for our children," the prime minister said.',
    quotes: [['This is the right thing to do for our children,', 'Jacinda Ardern']],
  },
  {
    rule: 'role resolved through a compatible title (leader ~ president), past a later name',
    text: 'Russian President Vladimir Putin met the press on Thursday. Donald Trump was not there.\n\n“We are open to dialogue,” the Kremlin leader said.',
    quotes: [['We are open to dialogue,', 'Vladimir Putin']],
  },
  {
    rule: 'a described speaker is what a later pronoun means',
    text: 'A Labour spokesman denied the claim. "The poster makes a serious point about tax," he said.',
    quotes: [['The poster makes a serious point about tax,', 'A Labour spokesman']],
  },
  {
    rule: 'unresolved role is still the speaker',
    text: '"We do not comment on operational matters," a Ministry of Defence spokesman said.',
    quotes: [['We do not comment on operational matters,', 'a Ministry of Defence spokesman']],
  },
  {
    rule: 'multi-paragraph quote is one quote',
    text: 'Mr Lee said: “The first thing we must do is listen to the people who live here.\n\n“The second is to act on what they tell us, and quickly.”',
    quotes: [['The first thing we must do is listen to the people who live here.\n\n“The second is to act on what they tell us, and quickly.', 'Mr Lee']],
  },
  {
    rule: 'a paragraph with no verb keeps the previous speaker',
    text: '“We have made a firm commitment to this,” said Chancellor Olaf Scholz.\n\n“There will be no turning back on the energy transition.”',
    quotes: [
      ['We have made a firm commitment to this,', 'Olaf Scholz'],
      ['There will be no turning back on the energy transition.', 'Olaf Scholz'],
    ],
  },
  {
    rule: 'partial quote inside indirect speech',
    text: "The minister said there had 'recently been signs' of progress and that talks were 'moving in the right direction'.",
    quotes: [
      ['recently been signs', 'The minister'],
      ['moving in the right direction', 'The minister'],
    ],
  },
  {
    rule: 'nested single quotes stay inside the double quote',
    text: '"They told me \'go home and wait\', and that was all," said Maria Lopez.',
    quotes: [["They told me 'go home and wait', and that was all,", 'Maria Lopez']],
  },
  {
    rule: 'no speaker anywhere',
    text: 'The banner read "No more war in our name, not now and not ever".',
    quotes: [['No more war in our name, not now and not ever', null]],
  },
  {
    rule: 'a title in quotes is not a quote',
    text: 'His latest film, "The Long Road Home", opens on Friday. He also wrote the book "A Short History of Nearly Everything".',
    quotes: [],
  },
  {
    rule: 'a scare-quoted word is not a quote',
    text: 'Critics called the scheme a "bailout" for the banks, and the so-called "experts" were divided.',
    quotes: [],
  },
  {
    rule: 'one or two words in quotes are a term, even beside a speaker',
    text: 'Asked if he would resign, Mr Hughes said: "Never." He said the claims were a "smear" and "pure fiction", and there was no "magic bullet".',
    quotes: [['Never.', 'Mr Hughes']],
  },
  {
    rule: 'a slogan announced with a copula is a title, not speech',
    text: 'The party\'s election slogan will be: "Forward together, not back to the bad old days".',
    quotes: [],
  },
  {
    rule: 'a passive reporting verb names nobody: the listener is not the speaker',
    text: 'A farmer in Kent had been told he could keep his dogs to "scare off the local deer" from his land.',
    quotes: [['scare off the local deer', null]],
  },
  {
    rule: 'a passive inside reported speech leaves the quote to the reporter',
    text: 'The council spokeswoman said the closure was agreed by the board "after a full public consultation".',
    quotes: [['after a full public consultation', 'The council spokeswoman']],
  },
  {
    rule: 'a reporting clause closing the sentence covers a partial quote before it',
    text: 'The new licensing law is "so badly written" that no court can apply it, opposition MPs say.',
    quotes: [['so badly written', 'MPs']],
  },
  {
    rule: 'a role with no named holder does not fall back on a capitalised word opening a sentence',
    text: 'Amendments to the bill would let ministers act "behind closed doors and without scrutiny", the home secretary has said.',
    quotes: [['behind closed doors and without scrutiny', 'the home secretary']],
  },
  {
    rule: 'a relative clause: "NAME, who said" is NAME speaking',
    text: 'Ms Ortiz, who said the scheme was "nothing short of a disgrace", called for an inquiry.',
    quotes: [['nothing short of a disgrace', 'Ms Ortiz']],
  },
  {
    rule: 'nested appositions before the verb still lead back to the name',
    text: 'Jan Kowalski, editor of the trade weekly Freight News, which ran the survey, said: "Drivers are leaving faster than we can train them."',
    quotes: [['Drivers are leaving faster than we can train them.', 'Jan Kowalski']],
  },
  {
    rule: 'a pronoun can mean a described speaker whose possessor is a party, named in full',
    text: 'The figures were wrong, the report found. The Scottish Green Party\'s transport leader argued the cuts were illegal. She said: "We will see the minister in court."',
    quotes: [['We will see the minister in court.', "The Scottish Green Party's transport leader"]],
  },
  {
    rule: 'a pronoun means the latest fitting sentence subject, not an older speaker',
    text: 'Committee chairman Tom Reid said the rules were too weak. Shadow transport secretary Philip Grant attacked the timing of the review. "It is a shambles from start to finish," he said.',
    quotes: [['It is a shambles from start to finish,', 'Philip Grant']],
  },
  {
    rule: 'a described sentence subject is what a later pronoun means',
    text: 'Mr Reid said the plan would fail. But a spokesman for the Transport Department defended the scheme. He said: "The evidence from the pilot areas is clear."',
    quotes: [['The evidence from the pilot areas is clear.', 'a spokesman for the Transport Department']],
  },
  {
    rule: 'a pronoun meaning a described leader resolves to the leader named before',
    text: 'Anna Berg is to address party members in Leeds. The Green leader will visit a factory there. She will say the government is "asleep at the wheel on jobs".',
    quotes: [['asleep at the wheel on jobs', 'Anna Berg']],
  },
  {
    rule: 'a participle opening the sentence is not its subject',
    text: 'Ms Jamieson announced the new powers. Praising Celtic and Rangers for their work, she said: "We have seen real progress from the clubs."',
    quotes: [['We have seen real progress from the clubs.', 'Ms Jamieson']],
  },
  {
    rule: 'a possessor opening the sentence did not speak',
    text: 'Charles Kennedy welcomed the result. Mr Bush\'s first task was to "heal a divided nation at home", he said.',
    quotes: [['heal a divided nation at home', 'Charles Kennedy']],
  },
  {
    rule: '"President X of Country" is X',
    text: 'Hiding women away is a backward view of Islam, President Kuzmin of Ruritania has said. "It is absolutely wrong," he said.',
    quotes: [['It is absolutely wrong,', 'Kuzmin']],
  },
  {
    rule: 'shouting is speech too, and a described shouter is the speaker',
    text: 'Mr Hale said the protester shouted: "You have betrayed every one of us!"',
    quotes: [['You have betrayed every one of us!', 'the protester']],
  },
  {
    rule: 'naming verbs quote: calling it, described as, referred to as',
    text: 'The AA welcomed the cut, calling it "a welcome boost for drivers". Ms Kerr once described the scheme as "a tax on the poor". She had referred to MEPs as "pigs at the trough".',
    quotes: [
      ['a welcome boost for drivers', 'AA'],
      ['a tax on the poor', 'Ms Kerr'],
      ['pigs at the trough', 'Ms Kerr'],
    ],
  },
  {
    rule: '"known as" and a title after "as" are still names, not speech',
    text: 'The plan, known as "Fair Start for All", was launched by Ms Kerr, who described it as "The Next Big Step".',
    quotes: [],
  },
  {
    rule: 'a deputy does not answer to the bare role',
    text: 'Deputy Mayor Nina Gale said sorry. The mayor accused the paper of a "stunt aimed at the wrong man".',
    quotes: [['stunt aimed at the wrong man', 'The mayor']],
  },
  {
    rule: 'an acronym is a body, never "he"',
    text: 'Tom Ince said fuel was too dear. The RAC welcomed the cut. "It is a start, and no more than that," he said.',
    quotes: [['It is a start, and no more than that,', 'Tom Ince']],
  },
  {
    rule: 'a body and then a person in one capitalised run: the person speaks',
    text: 'Chairman of the Public Accounts Committee Maria Stone MP said: "The department has lost control of its budget."',
    quotes: [['The department has lost control of its budget.', 'Maria Stone MP']],
  },
  {
    rule: 'a capitalised job title in apposition describes the name before it',
    text: 'Linda Knox, Director of the Scottish Local Government Centre at Glasgow University, said: "Councils cannot keep doing more with less."',
    quotes: [['Councils cannot keep doing more with less.', 'Linda Knox']],
  },
  {
    rule: 'a union "of" its members is a body, not a person after a body',
    text: 'The National Union of Students said fees were "likely to get much worse for poorer students".',
    quotes: [['likely to get much worse for poorer students', 'National Union of Students']],
  },
  {
    rule: 'a second verb after "and" has the sentence subject, not the object before it',
    text: 'Shadow health secretary Anne Lowe said she had read the report and dismissed it as "a work of fiction from start to end".',
    quotes: [['a work of fiction from start to end', 'Anne Lowe']],
  },
  {
    rule: '"and" inside a body\'s name stays in the described speaker',
    text: 'A Department for Work and Pensions spokeswoman said: "The award reflects a long career."',
    quotes: [['The award reflects a long career.', 'A Department for Work and Pensions spokeswoman']],
  },
  {
    rule: 'party and "fellow" words before a name are not the name',
    text: 'Fellow Lib Dem Nora Bakewell said the episode painted an "unflattering picture of government".',
    quotes: [['unflattering picture of government', 'Nora Bakewell']],
  },
  {
    rule: 'the prime minister is not one of the ministers',
    text: 'Health Secretary John Rees set out the plans. But the prime minister said he had seen the claims and dismissed them as "a load of nonsense".',
    quotes: [['a load of nonsense', 'the prime minister']],
  },
  {
    rule: 'calling something a "..." quotes whoever calls it; a job title before the name is not the name',
    text: 'Amnesty International has called the camp a "major human rights scandal". Director Sara Whit called on ministers to "practise what they preach".',
    quotes: [
      ['major human rights scandal', 'Amnesty International'],
      ['practise what they preach', 'Sara Whit'],
    ],
  },
  {
    rule: 'after a title cue, a quote going on with the sentence in lower case is speech',
    text: 'Mr Milburn promised a poll campaign "which is upbeat, confident and above all optimistic". The campaign "Britain Is Working" starts today.',
    quotes: [['which is upbeat, confident and above all optimistic', 'Mr Milburn']],
  },
  {
    rule: 'a sentence opening with "He" has him as its subject, for a participle',
    text: 'Tony Blair spoke first. He refused to answer more questions, saying the issue had been dealt with "scores of times already".',
    quotes: [['scores of times already', 'Tony Blair']],
  },
  {
    rule: 'an opening phrase before the comma does not hide the subject a pronoun means',
    text: 'For the third time, Ann Carter and Bill Dyer are said to have fallen out. As she told journalists: "There is no rift at all."',
    quotes: [['There is no rift at all.', 'Ann Carter']],
  },
  {
    rule: '"NAME who said" without a comma',
    text: 'Her call was backed by Culture Secretary Tessa Jowell who said: "You would not let a child watch that film."',
    quotes: [['You would not let a child watch that film.', 'Tessa Jowell']],
  },
  {
    rule: 'job words between the quote and the inverted name',
    text: '"Any of them would make a competent MP," former independent MP Martin Bell insisted.',
    quotes: [['Any of them would make a competent MP,', 'Martin Bell']],
  },
  {
    rule: 'an infinitive "to say" has the sentence subject, not the object before it',
    text: 'Mr Kennedy used a speech to say his party faced "painful economic realities now". Ms Hale said it was time for the mayor to say "sorry to everyone he offended".',
    quotes: [
      ['painful economic realities now', 'Mr Kennedy'],
      ['sorry to everyone he offended', 'Ms Hale'],
    ],
  },
  {
    rule: 'a possessive apposition describes the speaker before it',
    text: 'A spokesman for Unison, Britain\'s biggest union, said after the meeting: "At least we are still talking."',
    quotes: [['At least we are still talking.', 'A spokesman for Unison']],
  },
  {
    rule: 'a passive with an adverb ("was first announced") names nobody',
    text: '"I am delighted to take my seat," Lord Ames said when his peerage was first announced. "It is a good base for campaigning."',
    quotes: [
      ['I am delighted to take my seat,', 'Lord Ames'],
      ['It is a good base for campaigning.', 'Lord Ames'],
    ],
  },
  {
    rule: 'an article before a quote is not a speaker',
    text: 'The "worst thing in modern politics" was the loss of trust, the report found.',
    quotes: [['worst thing in modern politics', null]],
  },
  {
    rule: '"a spokesman" is someone new, not an earlier named spokesman',
    text: 'Tory spokesman Tim Yale said the plans "stink to high heaven". "It is important to remember the costs," a spokesman said.',
    quotes: [
      ['stink to high heaven', 'Tim Yale'],
      ['It is important to remember the costs,', 'a spokesman'],
    ],
  },
  {
    rule: '"calls" after a possessive is a noun',
    text: 'Ms Dorn repeated her party\'s calls for the advice to be published. "The public interest demands it," she said.',
    quotes: [['The public interest demands it,', 'Ms Dorn']],
  },
  {
    rule: 'a time phrase before a verb is not a speaker',
    text: 'Mr Hart spoke in Leeds. But he did, for the first time, say there would be "tax cuts for working families".',
    quotes: [['tax cuts for working families', 'Mr Hart']],
  },
  {
    rule: 'after a participle comes its object, not its subject',
    text: 'In January the MPs published a report noting the chief executive "has now left the agency" in the lurch.',
    quotes: [['has now left the agency', 'MPs']],
  },
  {
    rule: 'an opening phrase without a comma, before an honorific',
    text: 'Ms Ray had resigned. On that day\'s Today programme Mr Jones was asked why. He replied: "She decided it was time to move on."',
    quotes: [['She decided it was time to move on.', 'Mr Jones']],
  },
  {
    rule: 'the agent of a passive is who a later pronoun means',
    text: 'Age Concern published its report on Monday. The report was welcomed by shadow pensions secretary David Willis. "The pensioners\' voice must be heard," he said.',
    quotes: [["The pensioners' voice must be heard,", 'David Willis']],
  },
  {
    rule: 'a passive agent inside reported speech does not take a later pronoun',
    text: 'The executive spokeswoman said the leave was agreed by a psychiatric adviser. She said: "Ministers were told of that."',
    quotes: [['Ministers were told of that.', 'The executive spokeswoman']],
  },
  {
    rule: '"a Department for X spokeswoman": the person at the end is the head',
    text: 'Work Secretary Alan Jones announced it. A Department for Work and Pensions spokeswoman confirmed the post was open. "No date was ever given," she said.',
    quotes: [['No date was ever given,', 'A Department for Work and Pensions spokeswoman']],
  },
  {
    rule: 'a title "to the" a one-word department, then the person',
    text: 'Mr Hart set out the plans. But Chief Secretary to the Treasury Paul Bolton attacked them. "The sums do not add up," he said.',
    quotes: [['The sums do not add up,', 'Paul Bolton']],
  },
  {
    rule: 'a nickname after "known as" or "dubbed" is not a quote, however long',
    text: 'He went to Lewis School, known then as the "Eton of the valleys", and was later dubbed "the man who saved the party" by the press.',
    quotes: [],
  },
  {
    rule: '"he did say": an auxiliary between subject and verb',
    text: 'Mr Knapp was scathing. However, he did say the former host had been "quite useful at first".',
    quotes: [['quite useful at first', 'Mr Knapp']],
  },
  {
    rule: 'a time phrase before the comma does not hide the subject',
    text: 'A day ahead of the budget, Mr Kemp used a speech to say his party faced "hard economic facts".',
    quotes: [['hard economic facts', 'Mr Kemp']],
  },
  {
    rule: 'an agreeing verb inside what was said leaves the quote to the reporter',
    text: 'Mr Strand said the US had agreed to free the men after "intensive and complex talks" over security.',
    quotes: [['intensive and complex talks', 'Mr Strand']],
  },
  {
    rule: 'a speech verb inside what was said gives the quote to its own speaker',
    text: 'Mr Kent said the man, who ran off, claimed he was "doing it for his brother".',
    quotes: [['doing it for his brother', 'the man']],
  },
  {
    rule: 'a group of people as subject needs no article: "Tory backbenchers ..., arguing"',
    text: 'Tory backbenchers tabled an amendment arguing the cuts should be "phased in over five years".',
    quotes: [['phased in over five years', 'Tory backbenchers']],
  },
  {
    rule: 'a common first name tells "he" from "she"',
    text: 'Culture Secretary Tessa Jowell defended the law. Chief Constable Steve Grant was less sure. "If you look at the town square at night, it is chaos," he said.',
    quotes: [['If you look at the town square at night, it is chaos,', 'Steve Grant']],
  },
  {
    rule: 'an honorific inside a capitalised run starts the name',
    text: 'In a statement issued on Wednesday Lord Warne said: "I have no doubt about it."',
    quotes: [['I have no doubt about it.', 'Lord Warne']],
  },
  {
    rule: '"a spokesman for the X" is the spokesman, not X; "a spokesman for Mr X" too',
    text: 'A spokesman for the DCA said: "The department has given guidance." A spokesman for Mr Blair said: "He welcomed it."',
    quotes: [
      ['The department has given guidance.', 'A spokesman for the DCA'],
      ['He welcomed it.', 'A spokesman for Mr Blair'],
    ],
  },
  {
    rule: '"it said" means the latest body that spoke, never a person',
    text: 'Mr Reid said he was disappointed. The committee said the plan was flawed. "It cannot work as drafted," it added.',
    quotes: [['It cannot work as drafted,', 'The committee']],
  },
  {
    rule: '« » quotes',
    text: '« Nous ne céderons pas sur les retraites », a déclaré Emmanuel Macron. The president said later: « Le dialogue reste ouvert à tous ».',
    quotes: [
      ['Nous ne céderons pas sur les retraites', 'Emmanuel Macron'],
      ['Le dialogue reste ouvert à tous', 'Emmanuel Macron'],
    ],
  },
  {
    rule: '„ “ quotes',
    text: 'Olaf Scholz said: „Wir werden die Ukraine weiter unterstützen, so lange wie nötig“.',
    quotes: [['Wir werden die Ukraine weiter unterstützen, so lange wie nötig', 'Olaf Scholz']],
  },
  {
    rule: 'split quote around the verb',
    text: '"The economy is growing," he said, "but not fast enough." Earlier Gordon Brown had spoken. "We need patience," he said.',
    quotes: [
      ['The economy is growing,', null],
      ['but not fast enough.', null],
      ['We need patience,', 'Gordon Brown'],
    ],
  },
  {
    rule: 'according to',
    text: 'The deal is "dead in the water and everyone knows it", according to Senator Bernie Sanders.',
    quotes: [['dead in the water and everyone knows it', 'Bernie Sanders']],
  },
  {
    rule: 'apostrophes are not quotes',
    text: "It's the '90s all over again, Putin's critics say, and the states' rights debate is back.",
    quotes: [],
  },
];

describe('findQuotes', () => {
  for (const c of CASES) {
    it(c.rule, () => {
      const found = findQuotes(c.text);
      expect(found.map((q) => [q.text, q.speaker?.name ?? null])).toEqual(c.quotes);
      for (const q of found) {
        expect(c.text.slice(q.start, q.end)).toBe(q.text);
        if (q.speaker) expect(c.text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.name);
        expect(q.confidence).toBeGreaterThan(0);
        expect(q.confidence).toBeLessThanOrEqual(1);
      }
    });
  }

  it('is more confident of a named attribution than of an inherited one', () => {
    const text = '“We have made a firm commitment to this,” said Olaf Scholz.\n\n“There will be no turning back on it.”';
    const [named, inherited] = findQuotes(text);
    expect(named!.confidence).toBeGreaterThan(inherited!.confidence);
  });
});

describe('findQuoteSpans', () => {
  it('closes a quote left open at the end of a paragraph when the next does not reopen', () => {
    const text = 'He said: "This never closes\n\nA new paragraph.';
    expect(findQuoteSpans(text)).toEqual([{ start: 10, end: 27, open: 9, close: 27, kind: 'double', unclosed: true }]);
  });
  it('treats a straight quote that opens where a close was due as a lost paragraph break', () => {
    const text = 'She said: "First part ends here. "Second part goes on." After.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('First part ends here. "Second part goes on.');
  });
});
