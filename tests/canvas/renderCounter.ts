// Counts which components React rendered, by name, through the hook React offers its developer tools: call
// installRenderCounter() inside vi.hoisted, before React DOM is imported, then read what a step rendered.

export interface RenderCounter {
  /** Starts counting afresh. */
  reset(): void;
  /** How many times each component rendered (or mounted) since the last reset. */
  counts(): Readonly<Record<string, number>>;
}

interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

/** React's tags of components that run code: function, class, forwardRef, memo and simple memo. */
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
/** React marks a fiber whose component ran in this render with this flag (PerformedWork). */
const PERFORMED_WORK = 1;

function nameOf(type: unknown): string {
  if (typeof type === "function") {
    const f = type as { displayName?: string; name?: string };
    return f.displayName || f.name || "?";
  }
  if (typeof type !== "object" || type === null) return "?";
  // memo() and forwardRef() wrap the component they name.
  const t = type as { displayName?: string; type?: unknown; render?: unknown };
  if (t.type) return nameOf(t.type);
  if (t.render) return nameOf(t.render);
  return t.displayName || "?";
}

export function installRenderCounter(): RenderCounter {
  let counts: Record<string, number> = {};
  const walk = (first: Fiber | null): void => {
    for (let f = first; f; f = f.sibling) {
      // A new fiber mounted; an old one counts when its component ran.
      if (COMPONENT_TAGS.has(f.tag) && (f.alternate === null || (f.flags & PERFORMED_WORK) !== 0)) {
        const name = nameOf(f.type);
        counts[name] = (counts[name] ?? 0) + 1;
      }
      // A subtree React did not enter keeps its very child fibers: nothing in it rendered.
      if (f.child && !(f.alternate && f.alternate.child === f.child)) walk(f.child);
    }
  };
  (globalThis as Record<string, unknown>)["__REACT_DEVTOOLS_GLOBAL_HOOK__"] = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => walk(root.current.child),
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    setStrictMode: () => {},
  };
  return {
    reset: () => {
      counts = {};
    },
    counts: () => counts,
  };
}
