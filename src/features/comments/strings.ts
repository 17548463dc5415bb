// Texts of the comments panel, thread view and badges (keys under comments.*), merged into the
// app's i18n resources.
export const commentsStrings = {
  en: {
    comments: {
      title: "Comments",
    },
  },
  de: {
    comments: {
      title: "Kommentare",
    },
  },
};
