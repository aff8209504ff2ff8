import { world, type Claimant, type Country, type WorldEvent } from '../world';
import { addDays, capitalise, frLongDate, frMonth, frNumber, frQuantity, frWeekday, parseDay } from '../text';
import { earlierAgreementMonth, fillBackground, type ArticleContext, type WrittenArticle } from './context';

/** French wire copy: AFP-style datelines, "a annoncé jeudi", « » quotes, "selon", démentis et doutes. */

function countryByIso(iso: string | undefined): Country | undefined {
  return world.countries.find((country) => country.iso === iso);
}

function personName(claimant: Extract<Claimant, { kind: 'person' }>): string {
  return claimant.person.frName ?? claimant.person.name;
}

function firstMention(claimant: Claimant, rngBit: boolean): string {
  switch (claimant.kind) {
    case 'person': {
      const { person } = claimant;
      const country = countryByIso(person.country);
      const role = person.noAdj || !country ? person.roleFr : `${person.roleFr} ${country.frAdj}${person.female ? 'e' : ''}`;
      return rngBit ? `${person.female ? 'la' : 'le'} ${role} ${personName(claimant)}` : `${personName(claimant)}, ${role},`;
    }
    case 'organisation':
      return claimant.organisation.fr;
    case 'unnamed':
      return world.unnamed.fr[claimant.index % world.unnamed.fr.length];
  }
}

function laterMention(claimant: Claimant): string {
  switch (claimant.kind) {
    case 'person':
      return claimant.person.frSurname ?? claimant.person.surname;
    case 'organisation':
      return claimant.organisation.frShort;
    case 'unnamed':
      return world.unnamed.fr[claimant.index % world.unnamed.fr.length];
  }
}

/** "à la Russie", "au Liban", "aux États-Unis". */
function frTo(country: Country): string {
  if (country.frThe.startsWith('le ')) return `au ${country.frThe.slice(3)}`;
  if (country.frThe.startsWith('les ')) return `aux ${country.frThe.slice(4)}`;
  return `à ${country.frThe}`;
}

function plural(country: Country): boolean {
  return country.frThe.startsWith('les ');
}

function frWhere(event: WorldEvent): string {
  if (!event.place) return event.to.frIn;
  return /^(la|le|l')\b/.test(event.place.fr) ? `dans ${event.place.fr}` : `à ${event.place.fr}`;
}

function eventTime(ctx: ArticleContext): string {
  const { event, rng } = ctx;
  const start = parseDay(`${event.month}-01`);
  switch (rng.int(4)) {
    case 0:
      return ` en ${frMonth(start.month)}`;
    case 1:
      return ` depuis ${frMonth(start.month)} ${start.year}`;
    case 2:
      return ` du ${event.day} au ${Math.min(event.day + 5, 28)} ${frMonth(start.month)}`;
    default:
      return '';
  }
}

function content(ctx: ArticleContext, hedged: boolean): string {
  const { event, rng } = ctx;
  const has = plural(event.from) ? 'ont' : 'a';
  switch (event.kind) {
    case 'deployment': {
      const noun = event.unit ? `soldats de ${event.unit.fr}` : `soldats ${event.from.frAdjPl}`;
      const status = event.status === 'training' ? "s'entraînent" : event.status === 'planned' ? 'doivent être déployés' : hedged ? 'auraient été déployés' : 'ont été déployés';
      return rng.chance(0.5)
        ? `${event.from.frThe} ${has} ${hedged ? 'probablement ' : ''}envoyé ${frQuantity(event.size, event.qualifier, 'soldats', rng)} ${frWhere(event)}${eventTime(ctx)}`
        : `${frQuantity(event.size, event.qualifier, noun, rng)} ${status} ${frWhere(event)}${eventTime(ctx)}`;
    }
    case 'arms_transfer':
      return `${event.from.frThe} ${has} ${hedged ? 'vraisemblablement ' : ''}livré ${frQuantity(event.size, event.qualifier, world.items.fr[event.itemIndex], rng)} ${frTo(event.to)}${eventTime(ctx)}`;
    case 'agreement':
      return `${event.from.frThe} et ${event.to.frThe} ont ${hedged ? 'probablement ' : ''}signé ${world.agreements.fr[event.agreementIndex]}${eventTime(ctx)}`;
  }
}

function denial(event: WorldEvent): string {
  const neg = plural(event.from) ? "n'ont" : "n'a";
  switch (event.kind) {
    case 'deployment':
      return `${capitalise(event.from.frThe)} ${neg} pas envoyé de soldats ${event.to.frIn}`;
    case 'arms_transfer':
      return `${capitalise(event.from.frThe)} ${neg} pas livré d'armes ${frTo(event.to)}`;
    case 'agreement':
      return `Aucun accord de ce type n'a été signé avec ${event.to.frThe}`;
  }
}

function accusation(event: WorldEvent): string {
  switch (event.kind) {
    case 'deployment':
      return `de déployer des soldats ${event.to.frIn}`;
    case 'arms_transfer':
      return `de livrer des ${world.items.fr[event.itemIndex]} ${frTo(event.to)}`;
    case 'agreement':
      return `de préparer une alliance militaire avec ${event.to.frThe}`;
  }
}

function title(ctx: ArticleContext): string {
  const { event, rng } = ctx;
  const from = capitalise(event.from.frThe);
  const verb = (singular: string, pluralForm: string) => (plural(event.from) ? pluralForm : singular);
  switch (event.kind) {
    case 'deployment':
      return `${from} ${verb('envoie', 'envoient')} ${frQuantity(event.size, event.qualifier, 'soldats', rng)} ${frWhere(event)}, selon ${laterMention(event.accuser)}`;
    case 'arms_transfer':
      return `${from} ${verb('a livré', 'ont livré')} des ${world.items.fr[event.itemIndex]} ${frTo(event.to)}`;
    case 'agreement':
      return `${from} et ${event.to.frThe} signent ${world.agreements.fr[event.agreementIndex]}`;
  }
}

const QUOTES = [
  'La coopération militaire directe entre les deux pays est désormais officiellement confirmée',
  'Il s’agit d’une menace sérieuse pour la sécurité de toute la région',
  'Nous suivons la situation de très près',
  'Nous répondrons à toute provocation',
  'Cela change la nature du conflit',
];

export function writeFrench(ctx: ArticleContext): WrittenArticle {
  const { rng, event, published, relay, secondAccuser } = ctx;
  const claimDay = addDays(published, -rng.int(3));
  const when = rng.chance(0.75) ? frWeekday(claimDay) : frLongDate(claimDay);
  const hedged = rng.chance(0.25);
  const accuser = firstMention(event.accuser, rng.chance(0.5));
  const accuserPlural = event.accuser.kind === 'unnamed' && /^des /.test(accuser);
  const paragraphs: string[] = [];
  let claims = 0;

  const home = event.accuser.kind === 'person' ? event.accuser.person.country : event.accuser.kind === 'organisation' ? event.accuser.organisation.country : undefined;
  const city = (countryByIso(home) ?? event.to).capitalFr;
  const dateline = relay ? `${city.toUpperCase()} (${relay.name}) - ` : '';
  const lead = content(ctx, hedged);
  const announced = accuserPlural ? 'ont annoncé' : 'a annoncé';
  const declared = accuserPlural ? 'ont déclaré' : 'a déclaré';
  const leadSentence = [
    () => `${capitalise(lead)}, ${announced} ${accuser.replace(/,$/, '')} ${when}.`,
    () => `${capitalise(accuser)} ${declared} ${when} que ${lead}.`,
    () => `Selon ${accuser.replace(/,$/, '')}, ${lead}.`,
    () => `D'après ${accuser.replace(/,$/, '')}, ${lead}.`,
  ][rng.int(4)]();
  const relayNote = relay && rng.chance(0.5) ? ` rapporte ${relay.fr ?? `l'agence ${relay.name}`}.` : '';
  paragraphs.push(dateline + (relayNote ? leadSentence.replace(/\.$/, ',') + relayNote : leadSentence));
  claims += 1;

  if (rng.chance(0.5)) {
    paragraphs.push(`« ${rng.pick(QUOTES)} », ${accuserPlural ? 'ont ajouté' : 'a ajouté'} ${laterMention(event.accuser)} dans un communiqué.`);
    claims += 1;
  }
  if (rng.chance(0.3)) {
    paragraphs.push(`${capitalise(firstMention(secondAccuser, true))} a accusé ${event.from.frThe} ${accusation(event)} pour aider ${event.to.capitalFr} dans sa guerre.`);
    claims += 1;
  }
  if (rng.chance(0.45)) {
    const denier = firstMention(event.denier, true);
    const denierPlural = event.denier.kind === 'unnamed' && /^des /.test(denier);
    paragraphs.push(
      rng.chance(0.5)
        ? `${capitalise(denier)} ${denierPlural ? 'ont démenti' : 'a démenti'} ces informations. « ${denial(event)} », ${denierPlural ? 'ont-ils assuré' : 'a-t-il assuré'} ${when}.`
        : `« Il n’en est pas question », ${denierPlural ? 'ont déclaré' : 'a déclaré'} ${denier} ${when}, ${denierPlural ? 'qualifiant' : 'qualifiant'} ces informations de « propagande ».`,
    );
    claims += 1;
  }
  if (rng.chance(0.3)) {
    const doubter = firstMention(event.doubter, true);
    const doubterPlural = event.doubter.kind === 'unnamed' && /^des /.test(doubter);
    paragraphs.push(
      rng.chance(0.5)
        ? `Cela dit, ${doubter} ${doubterPlural ? 'ont affirmé' : 'a affirmé'} n’avoir aucune preuve d’une telle présence ${event.to.frIn}.`
        : `${capitalise(doubter)} ${doubterPlural ? "n'ont pas pu" : "n'a pas pu"} confirmer ces informations de manière indépendante.`,
    );
    claims += 1;
  }
  if (rng.chance(0.2)) paragraphs.push('Lire aussi : ENTRETIEN. « Nous affaiblissons réellement la Russie », déclare un responsable européen');
  if (rng.chance(0.6)) {
    paragraphs.push(
      `Le gouverneur régional ${event.localOfficial} a déclaré ${when} que ${frNumber(event.evacuated, rng)} habitants avaient été évacués de la région de ${event.localPlace}, ${event.to.frIn}.`,
    );
    claims += 1;
  }
  if (event.kind !== 'agreement' && rng.chance(0.4)) {
    const earlier = earlierAgreementMonth(event);
    const source = rng.chance(0.5) ? world.unnamed.fr[rng.int(world.unnamed.fr.length)] : laterMention(secondAccuser);
    paragraphs.push(`${capitalise(event.from.frThe)} et ${event.to.frThe} ont signé ${world.agreements.fr[event.agreementIndex]} en ${frMonth(earlier.month)} ${earlier.year}, selon ${source}.`);
    claims += 1;
  }
  const background = [...world.background.fr];
  for (let count = rng.between(5, 10); count > 0 && background.length > 0; count -= 1) {
    paragraphs.push(fillBackground(background.splice(rng.int(background.length), 1)[0], event));
  }
  return { title: title(ctx), body: `${paragraphs.join('\n\n')}\n`, claims };
}
