// The assignors a broker offers consumer groups (group.consumer.assignors), by name. Kafka's default
// lists UniformAssignor then RangeAssignor; a member that names no assignor (group.remote.assignor
// unset) gets the first. The names live apart from the assignors (serverAssignors.ts) because the
// broker's config reads them in every run, the assignors only a consumer-protocol group.
export const SERVER_ASSIGNORS = ['uniform', 'range'] as const;

export type ServerAssignorName = (typeof SERVER_ASSIGNORS)[number];

/** The assignor a group uses when its members name none: the first configured. */
export const DEFAULT_SERVER_ASSIGNOR: ServerAssignorName = SERVER_ASSIGNORS[0];
