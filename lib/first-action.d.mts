export declare const firstActionAttribute: "data-first-action";
export declare const firstActionRecord: "__defaultOnFirstActions";
