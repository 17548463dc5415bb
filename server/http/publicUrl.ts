// PUBLIC_URL as share links need it: they are PUBLIC_URL + "/m/ID#token=…", so it is an http(s) address with no
// user name, password, query or fragment. Checked before the server starts, so a mistake is a sentence, not
// "Invalid URL" or links that cannot open.

const EXAMPLE = "such as https://maps.example.com";

/** The sentence that says what is wrong with PUBLIC_URL, or undefined when it is fine (or not set). */
export function publicUrlProblem(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `PUBLIC_URL must be a full web address ${EXAMPLE}, not "${value}".`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `PUBLIC_URL must start with https:// or http:// (${EXAMPLE}), not "${url.protocol}//".`;
  }
  // Never echoed: it may hold a password.
  if (url.username !== "" || url.password !== "") {
    return "PUBLIC_URL must not hold a user name or password: every share link would carry it.";
  }
  if (/[?#]/.test(value)) {
    return `PUBLIC_URL must not have a query (?…) or fragment (#…): share links add /m/ID to it (${EXAMPLE}).`;
  }
  return undefined;
}
