import { SimpleGrid, Stack } from "@mantine/core";
import {
  ChoiceField,
  CountField,
  FieldGroup,
  NarrativeField,
  QualifiedCountField,
  RowsField,
  StatedRateField,
  TextField,
  YesNoField,
  type RowColumn,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { STUDY_FREQUENCIES } from "./schema.ts";

const COURSE_COLUMNS: readonly RowColumn[] = [
  { key: "name", label: { "zh-CN": "培训班名称", en: "Course" }, kind: "text" },
  { key: "sessions", label: { "zh-CN": "场次", en: "Sessions" }, kind: "number", width: 110 },
];

export default function LegalStudyForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "党委理论学习中心组学法", en: "Party committee study group" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{ "zh-CN": "例：镇党委政府高度重视法治工作", en: "e.g. 镇党委政府高度重视法治工作" }}
        />
        <ChoiceField
          {...common}
          path="centralGroup.frequency"
          label={{ "zh-CN": "中心组学法频次", en: "Study frequency" }}
          options={STUDY_FREQUENCIES}
        />
        <CountField
          {...common}
          path="centralGroup.sessions"
          unit="次"
          label={{ "zh-CN": "全年安排法律知识学习", en: "Study sessions on law this year" }}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "会前学法与集体学法", en: "Collective law study" }}
        description={{
          "zh-CN": "没有的可不填，报告中不写",
          en: "Leave empty what did not happen: it does not print",
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountField
            {...common}
            path="collectiveStudy.beforeMeetings"
            unit="次"
            label={{ "zh-CN": "会前学法", en: "Law studied before meetings" }}
          />
          <CountField
            {...common}
            path="collectiveStudy.sessions"
            unit="次"
            label={{ "zh-CN": "集体学法", en: "Collective study sessions" }}
          />
        </SimpleGrid>
        <QualifiedCountField
          {...common}
          path="cadresCovered"
          unit="人"
          label={{ "zh-CN": "学法、培训、考试覆盖干部", en: "Cadres covered by study, training and exams" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "法律知识培训", en: "Law training" }}>
        <TextField
          {...common}
          path="training.audience"
          label={{ "zh-CN": "参训对象", en: "Trainees" }}
          placeholder={{ "zh-CN": "例：全镇干部", en: "e.g. 全镇干部" }}
        />
        <RowsField
          {...common}
          path="training.courses"
          label={{ "zh-CN": "培训班", en: "Courses" }}
          description={{ "zh-CN": "每个培训班一行，例：人民调解培训班", en: "One row per course" }}
          columns={COURSE_COLUMNS}
          emptyRow={{ name: "", sessions: null }}
          max={30}
        />
        <CountField
          {...common}
          path="training.sessions"
          unit="场"
          label={{ "zh-CN": "组织培训场次", en: "Sessions held" }}
        />
        <StatedRateField
          {...common}
          path="training.participation"
          label={{ "zh-CN": "参训率", en: "Participation rate" }}
          numeratorLabel={{ "zh-CN": "实际参训人数", en: "Attended" }}
          denominatorLabel={{ "zh-CN": "应参训人数", en: "Expected" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "日常学法与考试", en: "Routine study and exams" }}>
        <YesNoField
          {...common}
          path="dailyStudy"
          label={{ "zh-CN": "镇机关全体干部日常学法常态化", en: "All cadres study law routinely" }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField {...common} path="exam.name" label={{ "zh-CN": "考试名称", en: "Exam" }} />
          <CountField
            {...common}
            path="exam.held"
            unit="次"
            label={{ "zh-CN": "组织考试", en: "Exams held" }}
          />
        </SimpleGrid>
        <StatedRateField
          {...common}
          path="exam.participation"
          label={{ "zh-CN": "参考率", en: "Exam participation rate" }}
          numeratorLabel={{ "zh-CN": "参考人数", en: "Sat" }}
          denominatorLabel={{ "zh-CN": "应考人数", en: "Expected" }}
        />
        <StatedRateField
          {...common}
          path="exam.pass"
          label={{ "zh-CN": "合格率", en: "Pass rate" }}
          numeratorLabel={{ "zh-CN": "合格人数", en: "Passed" }}
          denominatorLabel={{ "zh-CN": "参考人数", en: "Sat" }}
        />
        <CountField
          {...common}
          path="leaderLectures"
          unit="次"
          label={{ "zh-CN": "领导干部讲法", en: "Leaders' law lectures" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "成效与其他情况", en: "Results and more" }}>
        <NarrativeField
          {...common}
          path="outcome"
          maxLength={1000}
          minRows={2}
          label={{ "zh-CN": "学法成效", en: "What the study achieved" }}
          placeholder={{
            "zh-CN": "例：通过学习，进一步增强了领导干部的法律素质，提升了依法行政的能力。",
            en: "e.g. 通过学习，进一步增强了领导干部的法律素质，提升了依法行政的能力。",
          }}
        />
        <NarrativeField
          {...common}
          path="more"
          label={{ "zh-CN": "其他情况（每行一段）", en: "Further paragraphs (one per line)" }}
        />
      </FieldGroup>
    </Stack>
  );
}
