/**
 * The demo clip: the project's reference article (a news story pasted from The
 * Hill, whose name hover-cards glued "Vladimir Vladimirovich Putin ... MORE"
 * into the text) as Quire's clipper cleans it (shared/clip/plain-text.ts).
 * Shipped so a new library opens on a real example; attribution stays with the site.
 */
export const SEED_ARTICLE = {
  title: "Putin says he's ready to start talks with US on arms control",
  siteName: 'The Hill',
  url: 'https://thehill.com/',
  /** "Putin said Thursday" of his Corriere della Sera interview, published on Thursday 4 July 2019. */
  publishedAt: '2019-07-04',
  lang: 'en',
  paragraphs: [
    'Russian President Vladimir Putin said he\u2019s ready to restart arms control negotiations with the U.S. after both Washington and Moscow announced their withdrawal from a landmark nuclear missile treaty.',
    'Putin said Thursday he did not believe there would be a new arms race after pulling out of the Cold War-era Intermediate-Range Nuclear Forces (INF) Treaty and that there had \u201crecently been signs that Washington is beginning to consider resuming bilateral dialogue on a wide-ranging strategic agenda.\u201d',
    '\u201cI think that the achievement of concrete agreements in the field of arms control would contribute to strengthening international stability. Russia has the political will to work towards this. Now it\u2019s up to the U.S.,\u201d Putin said in an interview with Italian newspaper Corriere della Sera.',
    'Putin added that he had discussed the matter with President Trump when they met on the sidelines of the Group of 20 summit in Japan last week.',
    'Trump first announced in October that the U.S. would withdraw, saying Russia had violated the treaty by building a new missile system from the arms control pact. Russia responded in February by declaring that it too would pull out of the agreement.',
    'The pact bans nuclear and conventional ground-launched ballistic and cruise missiles with ranges between 300 and 3,400 miles. The original ban between Moscow and Washington resulted in 2,692 missiles being destroyed.',
    'Besides the INF, Putin said the Strategic Arms Reduction Treaty (START) is under threat, putting the onus on the U.S. to open up to negotiations.',
    '\u201cHow we should go forward together to reduce strategic armaments remains unclear. In early 2021 the New START treaty (on intercontinental missiles) expires. However, we are not currently seeing any U.S. willingness to discuss its extension or to draft a completely new agreement,\u201d he said.',
    'Putin dismissed speculation about an arms race, noting that Russia spends $48 billion on defense compared to the U.S. military budget of over $700 billion, but said Russia would not shy from a confrontation.',
    '\u201cWe have no intention of getting involved in such a race, but we also have an obligation to ensure our security,\u201d he said.',
  ],
} as const;

/** The Putin quotes the demo marks, with the gazetteer keys of what each is tagged with. */
export const SEED_QUOTES = [
  {
    exact: 'recently been signs that Washington is beginning to consider resuming bilateral dialogue on a wide-ranging strategic agenda.',
    tags: ['treaty:inf'],
    comment: 'After the INF withdrawal: Moscow reads signals of a new dialogue.',
    colour: 'yellow',
  },
  {
    exact: 'I think that the achievement of concrete agreements in the field of arms control would contribute to strengthening international stability. Russia has the political will to work towards this. Now it\u2019s up to the U.S.,',
    tags: ['treaty:inf', 'state:us'],
    comment: '',
    colour: 'green',
  },
  {
    exact: 'In early 2021 the New START treaty (on intercontinental missiles) expires. However, we are not currently seeing any U.S. willingness to discuss its extension or to draft a completely new agreement,',
    tags: ['treaty:new-start'],
    comment: 'New START\u2019s 2021 expiry as leverage.',
    colour: 'blue',
  },
] as const;
