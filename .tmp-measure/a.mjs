import { IntlMessageFormat } from "intl-messageformat";
export const f = (m, l, v) => new IntlMessageFormat(m, l).format(v);
