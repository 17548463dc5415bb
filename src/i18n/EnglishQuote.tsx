// A sentence of the interface that quotes one in English (the server's, the browser's): in a German interface the quote
// is marked lang="en", so that a screen reader reads it with an English voice, not English words in German sounds.
import { useTranslation } from "react-i18next";

export interface WithEnglish {
  text: string;
  /** The English sentence the text quotes, as it stands in the text. */
  english?: string | undefined;
}

export function EnglishQuote({ text, english }: WithEnglish) {
  const { i18n } = useTranslation();
  const at = english ? text.indexOf(english) : -1;
  if (!english || at < 0 || i18n.language.startsWith("en")) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span lang="en">{english}</span>
      {text.slice(at + english.length)}
    </>
  );
}
