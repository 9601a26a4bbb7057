export declare function databaseFile(env?: NodeJS.ProcessEnv, root?: string): string;
