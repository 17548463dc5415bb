// The inspector: edits the selected card (with its measurement point), stage or lane.
export { Inspector } from "./Inspector";
export { CardInspector } from "./CardInspector";
export { ConnectionInspector } from "./ConnectionInspector";
export { MeasurementEditor } from "./MeasurementEditor";
export { StageInspector, LaneInspector } from "./StageLaneInspector";
export { TextField, SelectField, CheckField } from "./fields";
export { KeptTexts } from "./KeptTexts";
