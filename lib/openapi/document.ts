import { createDocument } from "zod-openapi";
import { activitiesPaths } from "./activities-paths";
import { auditPaths } from "./audit-paths";
import { carePaths } from "./care-paths";
import { appointmentsPaths } from "./appointments-paths";
import { corePaths } from "./core-paths";
import { hotlinePaths } from "./hotline-paths";
import { mediationPaths } from "./mediation-paths";
import { notificationsPaths } from "./notifications-paths";
import { residentsPaths } from "./residents-paths";
import { roomsPaths } from "./rooms-paths";
import { statsPaths } from "./stats-paths";
import { usersPaths } from "./users-paths";

/**
 * The OpenAPI 3.1 document, built from the same zod schemas that validate requests. Each area adds
 * its own `…Paths` object here.
 */
export function openApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: { title: "安康 API", version: "1.0.0", description: "安康社区心理健康服务中心 HTTP API v1。时间均为 ISO 8601，响应带 +08:00。" },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer" },
        cookieAuth: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
    },
    paths: { ...activitiesPaths, ...auditPaths, ...appointmentsPaths, ...carePaths, ...corePaths, ...hotlinePaths, ...mediationPaths, ...notificationsPaths, ...residentsPaths, ...roomsPaths, ...statsPaths, ...usersPaths },
  });
}
