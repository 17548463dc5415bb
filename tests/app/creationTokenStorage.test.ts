// @vitest-environment jsdom
// The creation token the server accepted is kept for the browser session; a browser that refuses storage keeps it
// for the page, so the start page's other form does not ask for it again.
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetCreationToken, keepCreationToken, keptCreationToken } from "../../src/app/creationToken";

afterEach(() => {
  forgetCreationToken();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

const refusingStorage = (): Storage => {
  const refuse = () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse, clear: refuse, key: refuse, length: 0 };
};

describe("the kept creation token", () => {
  it("is kept in the session's storage", () => {
    keepCreationToken("s3cret-Töken");
    expect(sessionStorage.getItem("outside-in.creationToken")).toBe("s3cret-Töken");
    expect(keptCreationToken()).toBe("s3cret-Töken");
  });

  it("is kept on the page when the browser refuses storage, and forgotten there too", () => {
    vi.stubGlobal("sessionStorage", refusingStorage());
    expect(keptCreationToken()).toBeUndefined();
    keepCreationToken("s3cret-Töken");
    expect(keptCreationToken()).toBe("s3cret-Töken");
    forgetCreationToken();
    expect(keptCreationToken()).toBeUndefined();
  });
});
