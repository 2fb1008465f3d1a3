import type { EventStatus } from "../generated/sqlite/enums";

export type { EventStatus };
