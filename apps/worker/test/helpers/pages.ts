/**
 * Article pages for the integration tests, written for them. Each carries
 * figures the extractor should turn into claims, inside the furniture a real
 * publisher wraps around a story.
 */

export interface PageSpec {
  title: string;
  outlet: string;
  published: string;
  paragraphs: string[];
}

/** A publisher-like HTML page around a story. */
export function articleHtml(spec: PageSpec): string {
  const body = spec.paragraphs.map((p) => `      <p>${p}</p>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${spec.title} | ${spec.outlet}</title>
  <meta property="og:site_name" content="${spec.outlet}">
  <meta property="article:published_time" content="${spec.published}T08:00:00Z">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav></header>
  <main>
    <article>
      <h1>${spec.title}</h1>
      <p class="byline">By Staff Reporter, ${spec.published}</p>
${body}
    </article>
    <aside class="newsletter">Sign up for our morning briefing. Subscribe now.</aside>
  </main>
  <footer>© ${spec.outlet}. All rights reserved.</footer>
</body>
</html>
`;
}

/** A report with North Korean troop and loss figures attributed to Seoul. */
export const KURSK_REPORT: PageSpec = {
  title: "Seoul estimates heavy North Korean losses near Kursk",
  outlet: "Harbour Post",
  published: "2025-02-10",
  paragraphs: [
    "South Korea's National Intelligence Service told lawmakers on Monday that North Korea has sent about 11,000 soldiers to fight alongside Russian forces in the Kursk region.",
    "According to the agency, roughly 300 of those North Korean soldiers have been killed and about 2,700 wounded since the troops first entered combat late last year.",
    "Officials in Seoul said the soldiers were poorly prepared for drone warfare and had been sent forward in large groups across open fields, which raised their losses.",
    "Pyongyang has not confirmed that its troops are in Russia, and Moscow has declined to comment on the figures presented to the parliamentary committee.",
    "Analysts who follow the conflict say the deployment gives North Korean officers combat experience while earning the government in Pyongyang money and technology from Moscow.",
  ],
};

/** A different story on the same war: Ukrainian claims of Russian equipment losses. */
export const LOSS_REPORT: PageSpec = {
  title: "Kyiv reports another day of Russian equipment losses",
  outlet: "Dnipro Ledger",
  published: "2025-03-04",
  paragraphs: [
    "Ukraine's General Staff said on Tuesday that Russian forces had lost 1,240 soldiers over the previous day of fighting along the eastern front.",
    "The General Staff also reported that Ukrainian units destroyed 12 tanks and 31 artillery systems during the same period, most of them near Pokrovsk.",
    "Independent verification of such daily figures is difficult, and Russia does not publish its own losses, but Western officials have described the rate of attrition as very high.",
    "Commanders in the area say fighting has intensified as the ground dries out and both sides bring up reserves ahead of the spring.",
  ],
};

/** A syndicated copy of KURSK_REPORT as another outlet runs it: same text, other furniture. */
export const KURSK_SYNDICATED: PageSpec = {
  ...KURSK_REPORT,
  outlet: "Valley Courier",
  paragraphs: [...KURSK_REPORT.paragraphs, "This story was distributed by a news agency and appears here unedited."],
};

/** Plain text that is not an article (too short, no story). */
export const NOT_AN_ARTICLE = "<!DOCTYPE html><html><body><p>404</p></body></html>";
