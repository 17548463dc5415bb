// The map link as people paste it: a mail program's blank after the token, a wrapped line, or an escaped "#".
import { describe, expect, it } from "vitest";
import { mapAddress, parseRoute } from "../../src/app/route";

const TOKEN = "7XkccpHWJWMoTDcMPcCR-vuBxPALfaK074N0kMbJp2U";

describe("parseRoute", () => {
  it("reads the map and token of a share link", () => {
    expect(parseRoute("/m/abc_123", `#token=${TOKEN}`)).toEqual({ kind: "map", id: "abc_123", token: TOKEN });
  });

  it("leaves out a blank copied after the token, so a valid link is not called invalid", () => {
    expect(parseRoute("/m/abc_123", `#token=${TOKEN}%20`)).toEqual({ kind: "map", id: "abc_123", token: TOKEN });
    expect(parseRoute("/m/abc_123", `#token=%20${TOKEN}%0A`)).toEqual({ kind: "map", id: "abc_123", token: TOKEN });
  });

  it("leaves out the full stop, bracket or quote of the sentence the link ended", () => {
    for (const end of [".", ",", ")", ">", "%22", "%E2%80%9C", ").", "%C2%BB"]) {
      expect(parseRoute("/m/abc_123", `#token=${TOKEN}${end}`)).toEqual({ kind: "map", id: "abc_123", token: TOKEN });
    }
  });

  it("joins a token a mail program wrapped onto two lines", () => {
    const wrapped = `#token=${TOKEN.slice(0, 20)}%0D%0A${TOKEN.slice(20)}`;
    expect(parseRoute("/m/abc_123", wrapped)).toEqual({ kind: "map", id: "abc_123", token: TOKEN });
  });

  it("reads a link whose # was escaped as %23 into the path", () => {
    expect(parseRoute(`/m/abc_123%23token=${TOKEN}`, "")).toEqual({ kind: "map", id: "abc_123", token: TOKEN });
    expect(parseRoute(`/m/abc_123%23token%3D${TOKEN}`, "")).toEqual({ kind: "map", id: "abc_123", token: TOKEN });
  });

  it("has no token for a link without one or with only blanks, and no page for another address", () => {
    expect(parseRoute("/m/abc_123", "")).toEqual({ kind: "map", id: "abc_123", token: null });
    expect(parseRoute("/m/abc_123", "#token=%20%20")).toEqual({ kind: "map", id: "abc_123", token: null });
    expect(parseRoute("/m/a%20b", "#token=x")).toEqual({ kind: "notFound" });
    expect(parseRoute("/", "")).toEqual({ kind: "start" });
  });

  it("writes a map's address back as the server writes its share link", () => {
    expect(mapAddress("abc_123", TOKEN)).toBe(`/m/abc_123#token=${TOKEN}`);
  });
});
