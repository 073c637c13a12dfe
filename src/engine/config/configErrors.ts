// The codes a config can be refused with (Kafka's ConfigException cases) and the values each
// sentence needs. Sentences: src/content/errors/config.ts.
export interface ConfigErrorParams {
  /** `Invalid value <value> for configuration <key>: Value must be at least <min>` */
  'config.atLeast': { key: string; value: string; min: number };
}
