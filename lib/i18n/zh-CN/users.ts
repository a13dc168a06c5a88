/** Staff account administration (账号管理). Shared users.* keys live in core.ts. */
export const users = {
  "users.cannotResetOwnPassword": "不能在这里重置自己的密码，请使用“修改密码”。",
  "users.alreadySetUp": "系统中已有用户，不能再次初始化。请由现有管理员在“账号管理”中添加账号。",
} as const;
