// The four links of the map the share dialog tests open ("map1" on http://example.test).
export const base = "http://example.test";
export const links = {
  owner: `${base}/m/map1#token=own`,
  edit: `${base}/m/map1#token=ed1`,
  comment: `${base}/m/map1#token=co1`,
  view: `${base}/m/map1#token=vi1`,
};
