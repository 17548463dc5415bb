// The starting points offered for a new map. Blank is built in; the server builds templates by id.
export interface TemplateChoice {
  id: string;
  name: { en: string; de: string };
}

export const TEMPLATE_CHOICES: readonly TemplateChoice[] = [];
