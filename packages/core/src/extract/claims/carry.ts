import type { Attribution } from "./attribution.js";
import type { Segment } from "./segments.js";
import { EVENT_DESCRIBED } from "./common.js";

/**
 * A source carried past a paragraph break. Agency digests and bulletins name
 * their source in one paragraph and go on in its voice in the next ("…, the
 * ministry said. ¶ The enemy lost up to 190 troops…"); wire copy and analyses
 * put their own background there instead. The source of the paragraph before
 * goes on only when it is established (named explicitly in two paragraphs or
 * more), into the next paragraph (headings between do not count) and on from
 * there while the paragraphs carry figures, and not into a sentence the
 * outlet plainly speaks itself (`ownVoice`) or background about a figure
 * already known.
 */
export class ParagraphCarry {
  private paragraph = -1;
  /** Whether the paragraph being read is a heading so far ("Kursk area", "Total losses"). */
  private heading = true;
  /** The explicit source of the paragraph being read, and of the last paragraph that was not a heading. */
  private current: Attribution | null = null;
  private previous: Attribution | null = null;
  /** The source the paragraph being read carried on in a sentence with figures: it goes on to the next. */
  private handedOn: Attribution | null = null;
  /** Whether the last paragraph that was not a heading went on in a carried source's voice, with claims. */
  private previousCarried = false;
  /** Paragraphs in which each source (by country, or by name when it has none) was named explicitly. */
  private readonly namedIn = new Map<string, Set<number>>();

  /** Moves to a segment; call once per segment, in order. */
  enter(seg: Segment): void {
    if (seg.paragraph !== this.paragraph) {
      if (this.paragraph >= 0 && !this.heading) {
        // ("The city administration says about 26,000 residents remain": a source whose figures were no claims hands
        // nothing on.)
        this.previous = this.current && this.currentGaveNoClaims ? null : this.current ?? this.handedOn;
        this.previousCarried = !this.current && this.handedOn !== null;
      }
      this.currentGaveNoClaims = false;
      this.currentGaveClaims = false;
      this.paragraph = seg.paragraph;
      this.current = null;
      this.handedOn = null;
      this.jargonHere = false;
      this.ownHere = false;
      this.heading = true;
    }
    if (!isHeading(seg)) this.heading = false;
    this.opening = seg.paragraph === 0 || isHeading(seg);
  }

  /** Whether the segment being read opens the page or is a heading. */
  private opening = false;

  /** Whether the paragraph's named source gave figures and none of them were claims. */
  private currentGaveNoClaims = false;
  private currentGaveClaims = false;

  /** What the segment that named its source gave: figures, and how many of them became claims. */
  gave(figures: number, claims: number): void {
    if (claims > 0) this.currentGaveClaims = true;
    this.currentGaveNoClaims = !this.currentGaveClaims && (this.currentGaveNoClaims || figures > 0);
  }

  /** A source the segment names itself (resolved). */
  named(attr: Attribution): void {
    this.current = attr;
    const key = keyOf(attr);
    const seen = this.namedIn.get(key) ?? new Set<number>();
    seen.add(this.paragraph);
    // "Defence Intelligence update", "General Staff bulletin": a source named as the title of its own
    // publication introduces a page in its voice, as a source named twice would.
    // Only at the top of the page or in a heading: further down it is a source like any other.
    if (this.opening && OWN_PUBLICATION.test(attr.attributedTo)) seen.add(-1 - this.paragraph);
    this.namedIn.set(key, seen);
  }

  /**
   * The source an unattributed segment of a new paragraph continues, if any. A paragraph that goes on
   * in a source's voice hands it on in turn: a digest's paragraphs need not each name the ministry.
   */
  carried(sentence: string): Attribution | null {
    const p = this.previous;
    if (!p || this.current || this.ownHere) return null;
    // ("By our count, Ukraine has destroyed … 24 Russian naval vessels … Of the 24, seven were hit in 2022": a paragraph
    // in which the outlet speaks for itself goes on in its voice.)
    // (Only its own counting goes on: "two of our employees were injured" names its people, not its voice.)
    if (OWN_VOICE.test(sentence)) {
      this.ownHere = true;
      return null;
    }
    if (ownVoice(sentence)) return null;
    // ("It was the deadliest attack on the city since June 2023, when a missile … killed 12 people": the outlet's own
    // background, as in `continues`.)
    if (BACKGROUND_SUBJECT.test(sentence) || EVENT_DESCRIBED.test(sentence)) return null;
    // ("Units of the Battlegroup Sever inflicted losses on formations of three brigades" after the Russian ministry:
    // a sentence in one side's military jargon goes on in that side's voice, named once or not.)
    // (A run already carried on, with claims, goes on as a source named twice would.)
    const jargon = Boolean(p.sourceParty && JARGON[p.sourceParty]?.test(sentence));
    if ((this.namedIn.get(keyOf(p))?.size ?? 0) < 2 && !this.previousCarried && !jargon) return null;
    if (jargon) this.jargonHere = true;
    return p;
  }

  /**
   * A segment read in a carried source's voice, and whether it gave claims. Only a paragraph with claims in
   * that voice hands the source on to the next; a paragraph of comment without them ends the run (a number
   * that is no claim, "the 1,000-km front line", does not count).
   */
  spoke(attr: Attribution | null, claimed: boolean): void {
    // ("In the Krasny Liman direction, the Tsentr group's aviation struck …": a paragraph in the side's own military
    // words is in its voice, claims or not.)
    if (attr && attr === this.previous && !this.current && (claimed || this.jargonHere)) this.handedOn = attr;
  }

  /** Whether a segment of the paragraph being read went on in a source's voice by its side's military words. */
  private jargonHere = false;

  /** Whether the outlet counted for itself in the paragraph being read, before any source was named in it. */
  private ownHere = false;
}

/** Words only one side's military uses of the war: no neutral outlet writes them in its own voice. */
const JARGON: Record<string, RegExp> = {
  // ("units of the Zapad group of forces", "the Yug group": an agency's relay writes the groupings in lower case.)
  RU: /\b(?:Battlegroup|[Gg]roup of [Ff]orces|(?:Zapad|Tsentr|Yug|Sever|Vostok|Dnepr|Dnieper) [Gg]roup|special military operation|Kyiv regime|Kiev regime|AFU|Ukrainian formations|neo-Nazis?|Ukronazis?|foreign mercenaries|inflicted (?:losses|fire damage|a defeat|defeat))\b/,
  UA: /\b(?:occupiers|invaders|ruscists|racists|orcs|katsaps)\b/i,
};

const OWN_PUBLICATION = /^[A-Z][\w'’ .-]*\s(?:update|bulletin|summary|digest|briefing|report)\.?$/;

function keyOf(a: Attribution): string {
  return a.known ? `=${a.sourceParty ?? "intl"}` : a.attributedTo.toLowerCase();
}

/** A short line without figures or a closing period: a heading, which does not end a source's run. */
function isHeading(seg: Segment): boolean {
  return seg.line && seg.text.length < 60 && !/\d/.test(seg.text);
}

// The outlet speaking for itself: "by our own count", "our model suggests", "we estimate".
const OWN_VOICE =
  /\b(?:by (?:my|our|this (?:column|newspaper|paper|newsletter|magazine|site|outlet)['’]s) (?:own )?(?:rough |provisional |conservative )?(?:count|tally|estimate|calculations?|reckoning)|(?:my|our) (?:own )?(?:model|count|tally|estimates?|data|analysis|calculations?|list|research|review|investigation|reporting|reckoning)\b|we (?:have )?(?:also )?(?:(?:were|are|have been) able to |could |can )?(?:remember|honou?r|mourn|commemorate|estimate|estimated|counted|count|calculated|calculate|found|find|identified|identify|verified|verify|confirmed|confirm|assess|assessed|reckon|believe|geolocated|geolocate)\b|(?:reviewed|verified|seen|analy[sz]ed|obtained|geolocated) by (?:this|the) (?:magazine|newspaper|outlet|website|site|publication|paper)|^\W*geolocated (?:footage|video|imagery|images|photos?)\b|^\W*(?:confirmed|verified|geolocated)\s+(?:this|last)\s+(?:week|month)\b)/i;

// And of its own people: "two of our own Ukrainian staff members were injured", in a charity's factsheet (not "Our
// General Staff says").
const OWN_PEOPLE = /\b[Oo]ur (?:own )?(?:[A-Z]?[a-z][\w-]* ){0,2}?(?:staff|staff members|colleagues|team members|employees|volunteers|clinics?|offices?)\b/;

// And of what its own reporters saw: "Our correspondent, who visited Lyptsi on Saturday, saw at least 14 houses …".
const OWN_WITNESS = /\b[Oo]ur (?:own )?(?:correspondents?|reporters?|journalists?|photographers?)\b/;

// And of the speaker's own story: "He was freed six days after his abduction, in exchange for nine Russian conscripts".
const SPEAKERS_STORY = /^\W*(?:He|She) (?:was|had been|has been) (?:himself |herself |later |then )?(?:freed|released|abducted|kidnapped|detained|arrested|captured|exchanged|swapped|born|appointed|elected|wounded|injured|evacuated)\b/;

/** Whether a sentence says in words that the outlet itself is speaking. */
export function ownVoice(sentence: string): boolean {
  return OWN_VOICE.test(sentence) || OWN_PEOPLE.test(sentence) || OWN_WITNESS.test(sentence) || SPEAKERS_STORY.test(sentence);
}


// "The two soldiers captured in January…", "The 11,000-strong force…": a figure already known, told as background.
const BACKGROUND_SUBJECT = /^\W*(?:The|These|Those|Both)\s+(?:[\w’'-]+\s+)?(?:\d[\d,.]*(?:-strong)?|two|three|four|five|six|seven|eight|nine|ten|dozen)\b/;
