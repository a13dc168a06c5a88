import { describe, expect, it } from "vitest";
import { createService } from "./create-service";
import { getService, listServices } from "./queries";
import { serviceSchema } from "./schemas";
import { updateService } from "./update-service";
import { appointmentsWorld, codeOf, errorOf } from "./test-fixtures";

describe("service catalogue", () => {
  it("the admin adds and changes services; others are refused", async () => {
    const w = await appointmentsWorld();
    const input = serviceSchema.parse({ name: "睡眠改善指导", description: "针对失眠的放松训练", durationMinutes: 40, roomIds: [w.room("sleep")] });
    expect(codeOf(() => createService(w.ctx(w.c1), input))).toBe("forbidden");
    const { id } = createService(w.ctx(w.admin), input);
    expect(getService(w.ctx(w.r1), id)).toMatchObject({ name: "睡眠改善指导", durationMinutes: 40, roomIds: [w.room("sleep")], active: true });
    expect(errorOf(() => createService(w.ctx(w.admin), input)).fieldErrors).toHaveProperty("name");
    expect(errorOf(() => createService(w.ctx(w.admin), { ...input, name: "另一个", roomIds: [999] })).fieldErrors).toHaveProperty("roomIds");
    updateService(w.ctx(w.admin), id, { ...input, active: false });
    expect(listServices(w.ctx(w.r1)).map((s) => s.id)).not.toContain(id);
    expect(listServices(w.ctx(w.admin), { includeInactive: true }).map((s) => s.id)).toContain(id);
    expect(codeOf(() => getService(w.ctx(w.r1), id))).toBe("not_found");
    expect(codeOf(() => updateService(w.ctx(w.admin), 999, input))).toBe("not_found");
    expect(serviceSchema.safeParse({ ...input, durationMinutes: 42 }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...input, roomIds: [] }).success).toBe(false);
  });
});
