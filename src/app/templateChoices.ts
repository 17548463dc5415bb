// The starting points offered for a new map: blank, or one of the good-practice templates (the
// server builds the map from the template id).
import { TEMPLATES, type TemplateInfo } from "../templates";

export type TemplateChoice = TemplateInfo;

export const TEMPLATE_CHOICES: readonly TemplateChoice[] = TEMPLATES;
