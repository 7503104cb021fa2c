/** The explainer sections, in navigation order: one place for their URLs, labels and blurbs. */
export const SECTIONS = [
  { url: '/figures/', label: 'Key figures', blurb: 'every number as each source reported it, and where they disagree' },
  { url: '/arguments/', label: 'Legal arguments', blurb: 'the case for and against, who makes it, and on what basis' },
  { url: '/positions/', label: 'Ally positions', blurb: 'who condemns, who distances itself, who keeps cooperating' },
  { url: '/timeline/', label: 'Timeline', blurb: 'dated events in order, each with its sources' },
  { url: '/quotes/', label: 'Quotes', blurb: 'what each speaker said, linked to the sentence it appears in' },
  { url: '/sources/', label: 'Sources', blurb: 'the articles, cleaned, with everything taken from them' },
] as const;
