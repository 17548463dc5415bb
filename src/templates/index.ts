// Good-practice templates to start a map from, each in English and German, each passing every outside-in check.
// The journey owner is a role ("Head of Claims Service"), not a placeholder the checks would flag: a template
// shows a finished map, and a team renames the role to its own person.
import type { Journey } from "../doc";
import { buildTemplate } from "./build";
import type { TemplateLanguage, TemplateSpec } from "./spec";
import { motorClaim } from "./motorClaim";
import { phonePlanSwitch } from "./phonePlanSwitch";
import { onlinePurchaseReturn } from "./onlinePurchaseReturn";
import { bankAccountOpening } from "./bankAccountOpening";

export type { TemplateLanguage } from "./spec";

const SPECS: readonly TemplateSpec[] = [motorClaim, phonePlanSwitch, onlinePurchaseReturn, bankAccountOpening];

export type TemplateInfo = { id: string; name: { en: string; de: string }; description: { en: string; de: string } };

export const TEMPLATES: readonly TemplateInfo[] = SPECS.map((s) => ({
  id: s.id,
  name: { en: s.name[0], de: s.name[1] },
  description: { en: s.description[0], de: s.description[1] },
}));

/** A fresh journey built from the template (never shared, so callers may change it), or undefined for an unknown id. */
export function getTemplate(id: string, language: TemplateLanguage): Journey | undefined {
  const spec = SPECS.find((s) => s.id === id);
  return spec ? buildTemplate(spec, language) : undefined;
}
