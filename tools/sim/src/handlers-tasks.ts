/** Tasks: an `until` list (inclusive, pages never exceed `limit`) and CRUD. */
import { mergeCompatible, template } from "./entities.ts";
import { badRequest, type Entity, envelope } from "./http.ts";
import { untilPage } from "./pagination.ts";
import { randomId } from "./random.ts";
import { findById, type Handler, insertSorted, nowSeconds, type SimulatorState } from "./state.ts";

/** Tasks have no documented default `limit`; the simulator uses 25. */
const DEFAULT_LIMIT = 25;

const listTasks: Handler = ({ query, state }) => {
  const keep = (task: Entity) =>
    (query.team === undefined || task.team === query.team) &&
    (query.assignee === undefined ||
      (task.assignees as string[]).includes(query.assignee as string)) &&
    (query.state === undefined || task.state === query.state) &&
    (query.type === undefined || query.type === "all" || task.type === query.type) &&
    (query.conversation === undefined || task.conversation === query.conversation) &&
    (query.due_at_gteq === undefined ||
      ((task.due_at as number | null) ?? -1) >= (query.due_at_gteq as number)) &&
    (query.due_at_lteq === undefined ||
      ((task.due_at as number | null) ?? Infinity) <= (query.due_at_lteq as number));
  const page = untilPage(state.tasks.filter(keep), {
    cursor: "last_activity_at",
    until: query.until as number | undefined,
    limit: (query.limit as number | undefined) ?? DEFAULT_LIMIT,
    inclusive: true,
    extendTies: false,
  });
  return { status: 200, body: { tasks: page } };
};

const createTask: Handler = ({ body, state }) => {
  const input = envelope<Entity>(body, "tasks");
  if (typeof input.title !== "string") throw badRequest("A task needs a title");
  const task = mergeCompatible(template("listTasks"), input);
  Object.assign(task, {
    id: randomId(state.random),
    state: "todo",
    conversation: typeof input.conversation === "string" ? input.conversation : null,
    last_activity_at: nowSeconds(),
  });
  insertSorted(state.tasks, task, "last_activity_at");
  return { status: 200, body: { tasks: task } };
};

/** The task with its assignees and team as objects. */
function detail(task: Entity, state: SimulatorState): Entity {
  const shape = template("getTask");
  const user = (id: string) => {
    const found = state.users.find((candidate) => candidate.id === id);
    return {
      id,
      name: found?.name ?? "Unknown",
      email: found?.email ?? "unknown@sim.test",
      avatar_url: "https://...",
    };
  };
  const team = state.teams.find((candidate) => candidate.id === task.team);
  for (const key of Object.keys(shape)) if (key in task) shape[key] = task[key];
  shape.assignees = (task.assignees as string[]).map(user);
  shape.team = team ? { id: team.id, name: team.name, organization: team.organization } : null;
  return shape;
}

const getTask: Handler = ({ params, state }) => ({
  status: 200,
  body: { tasks: detail(findById(state.tasks, params.id), state) },
});

const updateTask: Handler = ({ params, body, state }) => {
  const task = findById(state.tasks, params.id);
  mergeCompatible(task, envelope(body, "tasks"));
  task.last_activity_at = nowSeconds();
  state.tasks.splice(state.tasks.indexOf(task), 1);
  insertSorted(state.tasks, task, "last_activity_at");
  return { status: 200, body: { tasks: task } };
};

export const taskHandlers: Record<string, Handler> = { listTasks, createTask, getTask, updateTask };
