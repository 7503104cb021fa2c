/** Inline fragments that several pages share: a quote line, a stance label, an actor link. */
import type { Quote } from '../schema/data.ts';
import { actorById } from '../extract/actors.ts';
import { a, em, type Inline } from './mdast.ts';
import { actorUrl, cite } from './cite.ts';
import { sourceOf, type SiteModel } from './site-model.ts';

/** A link to an actor's page when it has one, else the plain name. */
export function actorLink(model: SiteModel, actorId: string | null, name: string): Inline {
  return actorId && model.actors.some((x) => x.id === actorId) ? a(actorUrl(actorId), name) : name;
}

/** The display name of a topic actor id. */
export function actorName(model: SiteModel, actorId: string): string {
  return actorById(model.topic, actorId)?.name ?? actorId;
}

/** The label of a stance id, from the topic config. */
export function stanceLabel(model: SiteModel, stanceId: string): string {
  return model.topic.stances.find((s) => s.id === stanceId)?.label ?? stanceId;
}

/** “Quoted words” — Speaker, with a citation to the sentence; partial quotes are marked as such. */
export function quoteLine(model: SiteModel, q: Quote, withSpeaker = true): Inline[] {
  return [
    `“${q.text.replace(/\s*\n\s*/g, ' ').replace(/[\s,]+$/, '')}”`,
    ...(q.partial ? [' ', em('(partial quote)')] : []),
    ...(withSpeaker ? [' — ', actorLink(model, q.speakerId, q.speaker ?? 'unattributed')] : []),
    ' · ',
    cite(sourceOf(model, q.source), q.sentence),
  ];
}
