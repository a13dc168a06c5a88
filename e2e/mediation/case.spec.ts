import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../helpers";

const XSS = "<img src=x onerror=alert(1)>";

/** A tab of the case file (the print links carry similar names). */
const tab = (page: Page, name: RegExp) => page.getByRole("navigation", { name: "案件卷宗" }).getByRole("link", { name }).click();

async function confirmStep(page: Page, action: string, reason?: string) {
  await page.getByRole("group", { name: "案件流程操作" }).getByRole("button", { name: action, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  if (reason) await dialog.getByLabel(/原因|说明/).fill(reason);
  await dialog.getByRole("button", { name: `确认${action}` }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

test("a mediator registers a case with two parties, assigns a counsellor, walks it to agreed and closed; the print view shows the agreement", async ({ page, browser }) => {
  // A long walk through a dozen pages and forms.
  test.setTimeout(120_000);
  page.on("dialog", () => {
    throw new Error("a script ran from stored text");
  });
  await signInAs(page, "mediator");
  await page.goto("/mediation");
  await expect(page.getByRole("heading", { level: 1, name: "人民调解" })).toBeVisible();
  await page.getByRole("link", { name: "登记案件" }).click();

  const form = page.getByRole("form", { name: "登记调解案件" });
  await form.getByLabel("纠纷类型").selectOption("property_mgmt");
  await form.getByLabel("纠纷简要情况").fill(`业主以电梯故障为由拒缴物业费 ${XSS}`);
  await form.getByLabel("申请事项").fill("请求物业修复电梯。");
  await form.getByLabel("风险颜色").selectOption("yellow");
  // Yellow needs a reason: the form says so on the field.
  await form.getByRole("button", { name: "登记" }).click();
  await expect(form.getByText("红色或黄色风险须说明原因。")).toBeVisible();
  await form.getByLabel("风险原因").fill("业主扬言集体拒缴");
  const p1 = form.getByRole("group", { name: "当事人 1" });
  await p1.getByLabel("姓名（名称）").fill("测试申请人周");
  await p1.getByLabel("性别").selectOption("female");
  await p1.getByLabel("年龄").fill("52");
  await p1.getByLabel("联系电话").fill("13800002222");
  const p2 = form.getByRole("group", { name: "当事人 2" });
  await p2.getByLabel("姓名（名称）").fill("测试物业公司");
  await form.getByRole("button", { name: "添加被申请人" }).click();
  const p3 = form.getByRole("group", { name: "当事人 3" });
  await p3.getByLabel("姓名（名称）").fill("多余的人");
  await p3.getByRole("button", { name: "删除当事人 3" }).click();
  await expect(form.getByRole("group", { name: "当事人 3" })).toHaveCount(0);
  await form.getByRole("button", { name: "登记" }).click();

  await expect(page).toHaveURL(/\/mediation\/\d+\?registered=1$/);
  const caseId = Number(/\/mediation\/(\d+)/.exec(page.url())![1]);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^\(\d{4}\)安康人调字第\d{4,}号$/);
  const caseNo = (await heading.textContent())!;
  await expect(page.getByText(`案件已登记，案号 ${caseNo}。`)).toBeVisible();
  await expect(page.getByText(`业主以电梯故障为由拒缴物业费 ${XSS}`)).toBeVisible();

  // Team: the registering mediator leads; add the demo counsellor.
  const assign = page.getByRole("form", { name: "调整办案人员" });
  await assign.getByLabel("心理咨询师").selectOption({ label: "李静怡" });
  await assign.getByRole("button", { name: "保存办案人员" }).click();
  await expect(assign.getByText("办案人员已更新。")).toBeVisible();
  await expect(page.getByRole("region", { name: "办案人员" }).getByRole("listitem").filter({ hasText: "李静怡" })).toContainText("心理咨询师");

  // An illegal step is not offered; the allowed ones are.
  const actions = page.getByRole("group", { name: "案件流程操作" });
  await expect(actions.getByRole("button")).toHaveText(["受理", "不予受理"]);
  await confirmStep(page, "受理");
  await expect(page.getByText("已受理").first()).toBeVisible();
  await expect(page.getByText(/调解期限至 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await confirmStep(page, "开始调解");

  await tab(page, /^调解记录/);
  const session = page.getByRole("form", { name: "记录一次调解" });
  await session.getByLabel("地点").fill("社区调解室");
  await session.getByLabel("参加人").fill("双方当事人、调解员、心理咨询师");
  await session.getByLabel("申请人 测试申请人周 的陈述").fill("电梯坏了三个月。");
  await session.getByLabel("被申请人 测试物业公司 的陈述").fill("配件已订购。");
  await session.getByLabel("调解结果").fill("物业承诺两周内修复，业主补缴物业费。");
  await session.getByRole("button", { name: "保存调解记录" }).click();
  await expect(session.getByText("调解记录已保存。")).toBeVisible();
  await expect(page.getByRole("region", { name: "第 1 次调解" }).getByText("电梯坏了三个月。")).toBeVisible();

  // "达成协议" needs an agreement on file first.
  await confirmStepExpectingError(page);

  await tab(page, /^协议/);
  const agreement = page.getByRole("form", { name: "录入调解协议" });
  await agreement.getByLabel("纠纷主要事实、争议事项及各方责任").fill("电梯长期故障，物业维修不及时；业主拒缴物业费。");
  await agreement.getByLabel(/^协议内容/).fill("一、物业公司两周内修复电梯；\n二、业主于修复后七日内补缴物业费 2160 元。");
  await agreement.getByLabel("履行方式").fill("物业维修，业主银行转账");
  await agreement.getByRole("button", { name: "保存协议" }).click();
  // Once saved, the same form offers to correct the agreement.
  await expect(page.getByRole("form", { name: "修改调解协议" }).getByText("调解协议已保存。")).toBeVisible();
  await expect(page.getByText("协议编号：" + caseNo.replace("人调字", "人调协字"))).toBeVisible();
  await confirmStep(page, "达成协议");
  await expect(page.getByText("达成协议").first()).toBeVisible();

  await tab(page, /^回访/);
  const followUp = page.getByRole("form", { name: "记录回访" });
  await followUp.getByLabel("回访情况").fill("电梯已修复，物业费已补缴。");
  await followUp.getByRole("button", { name: "保存回访记录" }).click();
  await expect(followUp.getByText("回访记录已保存。")).toBeVisible();
  await expect(page.getByRole("region", { name: "第 1 次回访" })).toBeVisible();

  await confirmStep(page, "结案");
  await expect(page.getByText("已结案").first()).toBeVisible();
  await tab(page, /^流转记录/);
  await expect(page.getByRole("region", { name: "流转记录" }).getByRole("row")).toHaveCount(6);

  // The agreement as a printable document, with the case's real data and signature lines.
  await page.goto(`/mediation/${caseId}/print/agreement`);
  const doc = page.getByRole("main");
  await expect(doc.getByRole("heading", { level: 1, name: "人民调解协议书" })).toBeVisible();
  await expect(doc.getByText(caseNo.replace("人调字", "人调协字"))).toBeVisible();
  await expect(doc.getByText(/一、物业公司两周内修复电梯/)).toBeVisible();
  await expect(doc.getByText(/申请人：测试申请人周，女，汉族，52 岁/)).toBeVisible();
  await expect(doc.getByText("人民调解员（签名）：")).toBeVisible();
  await expect(doc.getByText("记录人（签名）：")).toBeVisible();
  for (const d of ["register", "record", "follow-up", "cover"]) {
    const res = await page.goto(`/mediation/${caseId}/print/${d}`);
    expect(res?.status(), d).toBe(200);
    await expect(page.getByRole("main").getByText(caseNo).first()).toBeVisible();
  }
  await expect(page.getByRole("main").getByText("卷内目录")).toBeVisible();
  await page.goto(`/mediation/${caseId}/print/register`);
  await expect(page.getByRole("main").getByText(`业主以电梯故障为由拒缴物业费 ${XSS}`)).toBeVisible();

  // The assigned counsellor finds the case in their own list and adds a support note.
  const ctx = await browser.newContext();
  const counselor = await ctx.newPage();
  await signInAs(counselor, "counselor");
  await counselor.goto(`/mediation?q=${encodeURIComponent(caseNo)}`);
  await counselor.getByRole("link", { name: caseNo }).click();
  await tab(counselor, /^心理支持/);
  const note = counselor.getByRole("form", { name: "添加心理支持记录" });
  await note.getByLabel("记录内容").fill("业主长期失眠，做了放松训练。");
  await note.getByRole("button", { name: "保存记录" }).click();
  await expect(note.getByText("记录已保存。")).toBeVisible();
  await expect(counselor.getByText("业主长期失眠，做了放松训练。")).toBeVisible();
  // The counsellor does not run the workflow.
  await expect(counselor.getByRole("group", { name: "案件流程操作" })).toHaveCount(0);
  await ctx.close();
});

async function confirmStepExpectingError(page: Page) {
  await page.getByRole("group", { name: "案件流程操作" }).getByRole("button", { name: "达成协议", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "确认达成协议" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("请先录入调解协议，再标记为达成协议。");
  await dialog.getByRole("button", { name: "取消" }).click();
}

test("the mediator's home page flags cases near or past their deadline; the list filters them", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, "mediator");
  await page.goto("/home");
  const widget = page.getByRole("region", { name: "调解案件期限提醒" });
  await expect(widget.getByText(/超期 \d+ 天/).first()).toBeVisible();
  await widget.getByRole("link", { name: /查看全部/ }).click();
  await expect(page).toHaveURL(/deadline=due/);
  await expect(page.getByRole("region", { name: "调解案件列表" }).getByRole("row").nth(1)).toBeVisible();
  await page.goto("/mediation?deadline=overdue");
  const rows = page.getByRole("region", { name: "调解案件列表" }).getByRole("row");
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(page.getByRole("region", { name: "调解案件列表" }).getByText(/超期/).first()).toBeVisible();
  // Literal search: a wildcard finds nothing it should not.
  await page.goto("/mediation?q=%25%25%25");
  await expect(page.getByText("没有符合条件的案件")).toBeVisible();
  await expect(page.getByRole("region", { name: "办结率" }).getByText("办结率", { exact: true }).first()).toBeVisible();
});
