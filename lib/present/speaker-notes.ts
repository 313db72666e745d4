/** A note of the deck's that touches a slide: an inconsistency, a unit slip, a figure kept as the deck states it. */
export type SpeakerNote = { marker: string; text: string };

/**
 * What a lecturer reads while a slide is shown: what it shows, the deck's slides it comes from, and
 * the deck's inconsistencies where they touch it. The presenter view and the PowerPoint's notes say the same.
 */
export type SpeakerNotes = {
  /** What the slide shows, in two or three sentences. */
  summary: string;
  /** The deck's slides it comes from, as its source line says it: "Source: the deck, slide 58". */
  source?: string;
  /** The chart's notes: the deck's inconsistencies and caveats, with the markers the chart draws. */
  notes: SpeakerNote[];
  /** On a slide of several steps, what to say at each one (the presenter view shows the current step's). */
  steps?: string[];
};

/** Speaker notes as plain text (one paragraph each, notes under a heading), for a PowerPoint slide's notes or a copy. */
export function toSpeakerNotesText({ summary, source, notes }: SpeakerNotes, notesHeading: string): string {
  const paragraphs = [summary, source ?? ''];
  if (notes.length > 0) paragraphs.push([notesHeading, ...notes.map(({ marker, text }) => `${marker} ${text}`)].join('\n'));
  return paragraphs.filter((paragraph) => paragraph !== '').join('\n\n');
}
