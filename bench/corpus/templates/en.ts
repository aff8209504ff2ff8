import { world, type Claimant, type Country, type WorldEvent } from '../world';
import { addDays, capitalise, enDateline, enLongDate, enMonth, enNumber, enQuantity, enWeekday, parseDay } from '../text';
import { earlierAgreementMonth, fillBackground, type ArticleContext, type WrittenArticle } from './context';

/** English wire copy: Reuters/AP-style datelines, "said on Thursday", quotes, denials and doubts. */

function countryByIso(iso: string | undefined): Country | undefined {
  return world.countries.find((country) => country.iso === iso);
}

function firstMention(claimant: Claimant): string {
  switch (claimant.kind) {
    case 'person': {
      const { person } = claimant;
      const country = countryByIso(person.country);
      return person.noAdj || !country ? `${person.roleEn} ${person.name}` : `${country.enAdj} ${person.roleEn} ${person.name}`;
    }
    case 'organisation':
      return claimant.organisation.en;
    case 'unnamed':
      return world.unnamed.en[claimant.index % world.unnamed.en.length];
  }
}

function laterMention(claimant: Claimant): string {
  switch (claimant.kind) {
    case 'person':
      return claimant.person.surname;
    case 'organisation':
      return claimant.organisation.enShort;
    case 'unnamed':
      return world.unnamed.en[claimant.index % world.unnamed.en.length];
  }
}

function pronoun(claimant: Claimant): string {
  if (claimant.kind === 'person') return claimant.person.female ? 'she' : 'he';
  if (claimant.kind === 'organisation') return 'it';
  return 'they';
}

function eventTime(ctx: ArticleContext): string {
  const { event, rng } = ctx;
  const start = parseDay(`${event.month}-01`);
  switch (rng.int(4)) {
    case 0:
      return ` in ${enMonth(start.month)}`;
    case 1:
      return ` since ${enMonth(start.month)} ${start.year}`;
    case 2:
      return ` between ${enDateline({ ...start, day: event.day })} and ${Math.min(event.day + 5, 28)}`;
    default:
      return '';
  }
}

function deploymentNoun(event: WorldEvent): string {
  return event.unit ? `troops from ${event.unit.en}` : 'troops';
}

/** The proposition the lead claims, with an optional hedge. */
function content(ctx: ArticleContext, hedged: boolean): string {
  const { event, rng } = ctx;
  const from = event.from.en;
  const where = event.place ? event.place.en : event.to.en;
  switch (event.kind) {
    case 'deployment': {
      const troops = enQuantity(event.size, event.qualifier, `${event.from.enAdj} ${deploymentNoun(event)}`);
      const verb = event.status === 'training' ? 'training in' : event.status === 'planned' ? 'set to be deployed to' : 'deployed to';
      return rng.chance(0.5)
        ? `${from} had ${hedged ? 'probably ' : ''}sent ${enQuantity(event.size, event.qualifier, deploymentNoun(event))} to ${where}${eventTime(ctx)}`
        : `${troops} were ${hedged ? 'reportedly ' : ''}${verb} ${where}${eventTime(ctx)}`;
    }
    case 'arms_transfer': {
      const items = world.items.en[event.itemIndex];
      return `${from} had ${hedged ? 'likely ' : ''}supplied ${enQuantity(event.size, event.qualifier, items)} to ${event.to.en}${eventTime(ctx)}`;
    }
    case 'agreement':
      return `${from} and ${event.to.en} had ${hedged ? 'apparently ' : ''}signed ${world.agreements.en[event.agreementIndex]}${eventTime(ctx)}`;
  }
}

function denial(event: WorldEvent): string {
  switch (event.kind) {
    case 'deployment':
      return `${event.from.en} has not sent any troops to ${event.to.en}`;
    case 'arms_transfer':
      return `${event.from.en} has not supplied any weapons to ${event.to.en}`;
    case 'agreement':
      return `no such agreement had been signed with ${event.to.en}`;
  }
}

/** The same fact said positively, for "denied that ...". */
function deniedFact(event: WorldEvent): string {
  switch (event.kind) {
    case 'deployment':
      return `${event.from.en} had sent troops to ${event.to.en}`;
    case 'arms_transfer':
      return `${event.from.en} had supplied weapons to ${event.to.en}`;
    case 'agreement':
      return `any agreement had been signed with ${event.to.en}`;
  }
}

function accusation(event: WorldEvent): string {
  switch (event.kind) {
    case 'deployment':
      return `of sending troops to ${event.to.en}`;
    case 'arms_transfer':
      return `of supplying ${world.items.en[event.itemIndex]} to ${event.to.en}`;
    case 'agreement':
      return `of preparing a military alliance with ${event.to.en}`;
  }
}

function title(ctx: ArticleContext): string {
  const { event } = ctx;
  const source = laterMention(event.accuser);
  const from = capitalise(event.from.en);
  switch (event.kind) {
    case 'deployment':
      return `${from} sends ${enQuantity(event.size, event.qualifier, 'troops')} to ${event.place?.en ?? event.to.en}, ${source} says`;
    case 'arms_transfer':
      return `${from} supplied ${world.items.en[event.itemIndex]} to ${event.to.en}, says ${source}`;
    case 'agreement':
      return `${from} and ${event.to.en} sign ${world.agreements.en[event.agreementIndex].replace(/^an? /, '')}`;
  }
}

const QUOTES = [
  'This is a serious threat to the security of the whole region',
  'We are watching the situation very closely',
  'The cooperation between them is now officially confirmed',
  'We will respond to any provocation',
  'This changes the nature of the conflict',
];

export function writeEnglish(ctx: ArticleContext): WrittenArticle {
  const { rng, event, published, relay, secondAccuser } = ctx;
  const claimDay = addDays(published, -rng.int(3));
  const when = rng.chance(0.8) ? `on ${enWeekday(claimDay)}` : `on ${enLongDate(claimDay)}`;
  const hedged = rng.chance(0.25);
  const accuser = firstMention(event.accuser);
  const paragraphs: string[] = [];
  let claims = 0;

  const city = (countryByIso(event.accuser.kind === 'person' ? event.accuser.person.country : event.accuser.kind === 'organisation' ? event.accuser.organisation.country : undefined) ?? event.to).capitalEn;
  const dateline = relay ? `${city.toUpperCase()}, ${enDateline(published)} (${relay.name}) - ` : '';
  const lead = content(ctx, hedged);
  const leadSentence = [
    () => `${capitalise(accuser)} said ${when} that ${lead}.`,
    () => `${capitalise(lead)}, ${accuser} said ${when}.`,
    () => `According to ${accuser}, ${lead}.`,
    () => `${capitalise(lead)}, ${accuser} said in a statement ${when}.`,
  ][rng.int(4)]();
  paragraphs.push(dateline + leadSentence);
  claims += 1;

  if (rng.chance(0.5)) {
    paragraphs.push(`"${rng.pick(QUOTES)}," ${laterMention(event.accuser)} told reporters, adding that ${pronoun(event.accuser)} would keep monitoring the situation.`);
    claims += 1;
  }
  if (rng.chance(0.3)) {
    paragraphs.push(`${capitalise(firstMention(secondAccuser))} accused ${event.from.en} ${accusation(event)} to help ${event.to.capitalEn} in its war.`);
    claims += 1;
  }
  if (rng.chance(0.45)) {
    const denier = firstMention(event.denier);
    paragraphs.push(
      rng.chance(0.5)
        ? `${capitalise(denier)} denied that ${deniedFact(event)}, calling the reports "baseless".`
        : `"${capitalise(denial(event))}," ${denier} said ${when}, dismissing the reports as propaganda.`,
    );
    claims += 1;
  }
  if (rng.chance(0.3)) {
    const doubter = firstMention(event.doubter);
    paragraphs.push(
      rng.chance(0.5)
        ? `${capitalise(doubter)} said ${pronoun(event.doubter)} had no evidence that ${event.from.enAdj} troops or weapons were in ${event.to.en}.`
        : `${capitalise(doubter)} said ${pronoun(event.doubter)} could not independently verify the reports.`,
    );
    claims += 1;
  }
  if (relay && rng.chance(0.4)) paragraphs.push(`${capitalise(relay.en ?? relay.name)} first reported the ${event.kind === 'agreement' ? 'agreement' : 'move'} earlier ${when}.`);
  if (rng.chance(0.6)) {
    paragraphs.push(
      `Regional governor ${event.localOfficial} said ${when} that ${enNumber(event.evacuated)} residents had been evacuated from the ${event.localPlace} region of ${event.to.en}.`,
    );
    claims += 1;
  }
  if (event.kind !== 'agreement' && rng.chance(0.4)) {
    const earlier = earlierAgreementMonth(event);
    const source = rng.chance(0.5) ? world.unnamed.en[rng.int(world.unnamed.en.length)] : laterMention(secondAccuser);
    paragraphs.push(`${capitalise(event.from.en)} and ${event.to.en} signed ${world.agreements.en[event.agreementIndex]} in ${enMonth(earlier.month)} ${earlier.year}, ${source} said.`);
    claims += 1;
  }
  const background = [...world.background.en];
  for (let count = rng.between(5, 10); count > 0 && background.length > 0; count -= 1) {
    paragraphs.push(fillBackground(background.splice(rng.int(background.length), 1)[0], event));
  }
  if (rng.chance(0.3)) paragraphs.push('(Reporting by newsroom staff; Editing by the desk)');
  return { title: title(ctx), body: `${paragraphs.join('\n\n')}\n`, claims };
}
