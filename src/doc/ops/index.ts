// Every command that writes the journey document.
export { setJourneyFields } from "./journey";
export { addStage, updateStage, moveStage, deleteStage } from "./stages";
export { addNumberedStage, addNumberedLane, renumberAutoNames } from "./autoNames";
export { addLane, updateLane, moveLane, deleteLane } from "./lanes";
export { addCard, updateCard, moveCard, moveCards, duplicateCards, deleteCards, rehomeOrphanCards } from "./cards";
export { setMeasurement } from "./measurement";
export { connect, updateConnection, disconnect } from "./connections";
export { deleteSelection, type Selection } from "./deleteSelection";
export { replaceJourney } from "./replaceJourney";
