import { Stack } from "@mantine/core";
import {
  ChecklistField,
  CountField,
  FieldGroup,
  NarrativeField,
  QuantityField,
  RateField,
  TextField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { DISCLOSURE_SYSTEMS } from "./schema.ts";

export default function DisclosureForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "政府信息公开", en: "Government information disclosure" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{ "zh-CN": "例：大力推行政府信息公开", en: "e.g. 大力推行政府信息公开" }}
        />
        <ChecklistField
          {...common}
          path="systems"
          label={{ "zh-CN": "建立健全的工作制度", en: "Disclosure systems in place" }}
          options={DISCLOSURE_SYSTEMS}
        />
        <TextField
          {...common}
          path="otherSystems"
          label={{ "zh-CN": "其他工作制度（用顿号分隔）", en: "Other systems (separated by 、)" }}
          placeholder={{ "zh-CN": "例：政府信息公开保密审查", en: "e.g. 政府信息公开保密审查" }}
        />
        <NarrativeField
          {...common}
          path="systemsOutcome"
          maxLength={1000}
          minRows={2}
          label={{ "zh-CN": "公开成效", en: "What disclosure achieved" }}
          placeholder={{
            "zh-CN":
              "例：保证及时、准确地公开信息，群众获知公开的政务事项和信息途径方便、快捷，促进了行政权力运行公开化、透明化。",
            en: "e.g. 保证及时、准确地公开信息，群众获知公开的政务事项和信息途径方便、快捷，促进了行政权力运行公开化、透明化。",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "主动公开与依申请公开", en: "Proactive disclosure and requests" }}>
        <QuantityField
          {...common}
          path="proactiveItems"
          units={["条"]}
          label={{ "zh-CN": "全年主动公开政府信息", en: "Information disclosed proactively this year" }}
        />
        <CountField
          {...common}
          path="requests.received"
          unit="件"
          label={{ "zh-CN": "受理政府信息公开申请", en: "Disclosure requests received" }}
        />
        <CountField
          {...common}
          path="requests.answered"
          unit="件"
          label={{ "zh-CN": "依法答复", en: "Requests answered" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "村务公开", en: "Village-affairs disclosure" }}>
        <TextField
          {...common}
          path="problemAreas"
          label={{ "zh-CN": "矛盾纠纷突出的领域", en: "Areas with frequent disputes" }}
          description={{
            "zh-CN": "报告写作“针对我镇……矛盾纠纷突出的问题”",
            en: "Printed as 针对我镇……矛盾纠纷突出的问题",
          }}
          placeholder={{
            "zh-CN": "例：村务财务公开、土地流转、环保问题整治、市场管理",
            en: "e.g. 村务财务公开、土地流转、环保问题整治、市场管理",
          }}
        />
        <TextField
          {...common}
          path="ruleAreas"
          label={{ "zh-CN": "制订规章制度的方面", en: "Areas where rules were made" }}
          placeholder={{
            "zh-CN": "例：村务财务管理、环保问题整治、土地管理、民事纠纷调处",
            en: "e.g. 村务财务管理、环保问题整治、土地管理、民事纠纷调处",
          }}
        />
        <RateField
          {...common}
          path="villageDisclosure"
          label={{ "zh-CN": "推行村务公开的村", en: "Villages practising village-affairs disclosure" }}
          description={{
            "zh-CN": "例：在全镇17个村全部推行了村务公开（17/17）",
            en: "e.g. all 17 villages (17/17)",
          }}
          numeratorLabel={{ "zh-CN": "推行村务公开的村数", en: "Villages practising it" }}
          denominatorLabel={{ "zh-CN": "全镇村数", en: "Villages in the township" }}
        />
        <NarrativeField
          {...common}
          path="villageOutcome"
          maxLength={1000}
          minRows={2}
          label={{ "zh-CN": "村务公开做法与成效", en: "How it works and what it achieved" }}
          placeholder={{
            "zh-CN":
              "例：按照村务公开条例的要求，实行民主管理，接受群众监督，将各村、各单位的工作逐步纳入了法治化和规范化管理轨道。",
            en: "e.g. 按照村务公开条例的要求，实行民主管理，接受群众监督，将各村、各单位的工作逐步纳入了法治化和规范化管理轨道。",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "其他情况", en: "More" }}>
        <NarrativeField
          {...common}
          path="more"
          label={{ "zh-CN": "其他情况（每行一段）", en: "Further paragraphs (one per line)" }}
        />
      </FieldGroup>
    </Stack>
  );
}
