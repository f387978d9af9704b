import { describe, expect, it } from "vitest";
import { parsePage } from "./markup.js";
import { isBoilerplateText, removeFurniture } from "./furniture.js";

function cleaned(html: string): string {
  const document = parsePage(html);
  removeFurniture(document);
  return (document.body?.textContent ?? "").replace(/\s+/g, " ").trim();
}

const STORY = "<p>Ukrainian officials said the strike destroyed a fuel depot near the front line.</p>";

describe("isBoilerplateText", () => {
  it.each([
    "Read more here:",
    "Read more: How the army got to Kursk",
    "Continue reading",
    "1.2k shares",
    "214 comments",
    "Comments (37)",
    "Sign up for our free newsletter, delivered to your inbox every morning.",
    "Donate to our tip jar and keep this work free.",
    "Buy me a coffee",
    "We use cookies to improve your experience.",
    "© 2025 The Harbour Ledger. All rights reserved.",
    "Share on Facebook",
    "Facebook Twitter Email",
    "Advertisement",
    "Photo: Reuters / Jane Doe",
    "Tags: Ukraine, Kursk, drones",
    "Story continues below advertisement",
    "Related Stories",
    "Related: Kyiv says drones hit a refinery in the Volga region",
    "Most read",
    "Read also: Zelensky says Ukraine needs more air defence systems to protect its cities from Russian drones",
    "This article is more than 1 year old",
    "Listen to this article, 4 min",
    "5 min read",
    "(Reporting by Olena Kovalenko in Kyiv; Editing by Jon Rees)",
    "Our Standards: The Trust Principles.",
    "Join our Telegram channel for the latest updates",
    "Follow us on X and Facebook",
  ])("flags %j", (t) => expect(isBoilerplateText(t)).toBe(true));

  it.each([
    "The ministry said 1,200 soldiers were killed in the past day.",
    "Readers of the regional newspaper were told to donate blood after the attack killed 14 people and wounded dozens more, officials said on Monday evening in a statement that also described the damage to the hospital and the search for survivors.",
    "More than 300 North Korean soldiers have died, Seoul says.",
    "Shares in the defence company rose after the contract was announced.",
    "Related fighting killed 12 soldiers near Pokrovsk, officials said.",
    "Residents were urged to donate blood after the strike killed 14 people.",
    "Email to staff said 40 soldiers died.",
    "Comments by the minister suggested 300 soldiers had died.",
    "Men of conscription age must register for updates at enlistment offices, which are free.",
    "Recommended evacuation routes were shelled twice on Monday.",
    "Reporting by the regional administration put the number of damaged homes at 40.",
    "The story continues a pattern of strikes on energy sites before winter, officials said.",
  ])("keeps %j", (t) => expect(isBoilerplateText(t)).toBe(false));
});

describe("removeFurniture", () => {
  it("drops a Telegram web preview's channel description and counters beside its posts", () => {
    const page = `<div class="tgme_main"><div class="message_text">${STORY}</div><div class="tgme_channel_info"><div class="tgme_channel_info_header_title">South Line Monitor</div><div class="tgme_channel_info_counter"><span class="counter_value">9.1K</span> photos</div></div></div>`;
    expect(cleaned(page)).toBe("Ukrainian officials said the strike destroyed a fuel depot near the front line.");
  });

  it("drops a story's photo captions, but keeps a gallery's, whose captions are its story", () => {
    const caption = (t: string) => `<figure><img src="x.jpg"><figcaption>${t}</figcaption></figure>`;
    expect(cleaned(`<body><article>${STORY}${caption("A depot burns.")}</article></body>`)).toBe("Ukrainian officials said the strike destroyed a fuel depot near the front line.");
    const gallery = cleaned(`<body><article><p>The month in pictures.</p>${caption("Rescuers search the rubble in Kyiv, where 32 people were killed.")}${caption("<p>Soldiers rest near Avdiivka after a night of shelling.</p>")}${caption("Freed prisoners arrive home after a swap of 230.")}</article></body>`);
    for (const c of ["Rescuers search the rubble in Kyiv, where 32 people were killed.", "Soldiers rest near Avdiivka after a night of shelling.", "Freed prisoners arrive home after a swap of 230."]) expect(gallery).toContain(c);
  });

  it("drops nav, footer, aside, forms and ARIA landmarks around the story", () => {
    const text = cleaned(`<body><nav>Home World</nav><div role="navigation">Sections</div><div role="banner">Site</div>
      <form><input>Search</form>${STORY}<aside>Most read</aside><footer>Contact us</footer><div role="contentinfo">Imprint</div></body>`);
    expect(text).toBe("Ukrainian officials said the strike destroyed a fuel depot near the front line.");
  });

  it("drops share bars, newsletter boxes, related links, comment counts and tip jars by class words", () => {
    const text = cleaned(`<body><div class="article-body">${STORY}
      <div class="social-share">Post</div><div class="c-newsletter__signup">Join</div>
      <section class="relatedLinks">Also</section><span class="comment-count">5</span>
      <div class="tip-jar">Support</div><div id="read-more-box">More</div><div class="sidebar">Side</div></div></body>`);
    expect(text).toBe("Ukrainian officials said the strike destroyed a fuel depot near the front line.");
  });

  it("drops hidden elements and short boilerplate blocks inside the story", () => {
    const text = cleaned(`<body><article>${STORY}<p style="display: none">hidden</p><div hidden>also hidden</div>
      <p><a href="/x">Read more here</a></p><p>Sign up to our newsletter for daily updates</p></article></body>`);
    expect(text).toBe("Ukrainian officials said the strike destroyed a fuel depot near the front line.");
  });

  it("never removes the element that holds the declared story, whatever its class", () => {
    const text = cleaned(`<body><div class="layout has-sidebar"><article class="post">${STORY}</article></div></body>`);
    expect(text).toContain("fuel depot");
  });

  it("keeps a story wrapper whose class also names furniture when it holds a long text", () => {
    const long = `<p>${"Officials said the fighting continued along the whole front line today. ".repeat(30)}</p>`;
    const text = cleaned(`<body><div class="entry-content with-comments">${long}</div></body>`);
    expect(text.length).toBeGreaterThan(1000);
  });

  it("keeps headers inside the story and drops the site header outside it", () => {
    const text = cleaned(`<body><header>Site name</header><article><header><h1>Depot hit</h1></header>${STORY}</article></body>`);
    expect(text).toBe("Depot hitUkrainian officials said the strike destroyed a fuel depot near the front line.");
  });

  it("keeps a container a class word marks as furniture when it holds paragraphs of prose", () => {
    const para = "<p>Officials in the region said the shelling had continued through the night and that repair crews could not reach the damaged substation until the morning, when the attacks finally paused.</p>";
    // Blogger wraps posts in "widget Blog"; sites hide the rest of a story in a "read-more" expander.
    expect(cleaned(`<body><div class="widget Blog">${para}${para}</div></body>`)).toContain("repair crews");
    expect(cleaned(`<body><div id="read-more">${para}${para}</div></body>`)).toContain("repair crews");
    expect(cleaned(`<body>${STORY}<div class="widget">${para}</div></body>`)).not.toContain("repair crews");
  });

  it("keeps a long container that is not links, whatever its class", () => {
    const text = "Officials said the fighting went on. ".repeat(60);
    expect(cleaned(`<body><div class="widget Blog"><div>${text}</div></div></body>`)).toContain("fighting");
  });

  it("reads no furniture into an id that is a heading's slug", () => {
    const text = cleaned(`<body><div id="sharing-the-burden-of-defence-spending"><p>Allies agreed to share the cost.</p></div></body>`);
    expect(text).toContain("Allies agreed");
  });

  it("keeps a form that wraps the whole page (ASP.NET) and drops a search form", () => {
    const para = "<p>Officials in the region said the shelling had continued through the night and that repair crews could not reach the damaged substation until the morning, when the attacks finally paused.</p>";
    const text = cleaned(`<body><form id="aspnetForm"><div class="content">${para}${para}</div></form><form><input name="q"> Search the site</form></body>`);
    expect(text).toContain("repair crews");
    expect(text).not.toContain("Search the site");
  });

  it("judges inline elements with their block: a link called \"email\" inside a sentence stays", () => {
    const text = cleaned(`<body><article><p>The ministry said in an <a href="/x">email</a> that <span>214 comments</span> were received.</p></article></body>`);
    expect(text).toBe("The ministry said in an email that 214 comments were received.");
  });

  it("does not judge a link or span inside running text by its class", () => {
    const text = cleaned(`<body><article><p>Officials said <a class="social-link" href="/m">the ministry</a> confirmed <span class="ad-hoc promo">40</span> deaths.</p></article></body>`);
    expect(text).toBe("Officials said the ministry confirmed 40 deaths.");
  });
});

