import { z } from 'zod';
import type { MethodName } from '../methods';
import {
  appInfoInput,
  appInfoOutput,
  desktopSettings,
  languageSetting,
  dialShortcutStatus,
  linkHandlerStatus,
  microphoneInput,
  noticeSettings,
  setUpdateChecksInput,
  updateStatus,
  openExternalInput,
  openExternalOutput,
  savedDiagnostics,
  setDesktopSettingsInput,
  setLanguageInput,
  setDialShortcutInput,
  setLinkHandlerInput,
  setNoticeSettingsInput,
} from './app';
import { policyStatus } from './policy';
import { exportedProfile, importedProfile } from './profile-file';
import { connectionReport, optionalProfileRef, profileList, profileRef, profileSummary, saveProfileInput, testUnsavedInput, unsavedConnectionReport } from './profiles';
import { callOutcome, callRecording, callRef, placeCallInput, placedCall, savedRecording } from './calls';
import { checkOutcomesInput, historyCleared, historyExport, historyExportInput, historyList, historyListInput, outcomeSweep } from './call-history';
import { greetingRef, pickedGreeting, stagedGreeting, stageGreetingInput } from './greetings';
import { numberEdited, numberEditPlan, numberEditPreviews, numberList, numberSettings, recentNumbers } from './numbers';
import { copyPasswordInput, copySetupInput, createdBatch, createPhonesInput, exportPhonesInput, exportPhonesResult, listPhonesInput, phoneDirectory, phonePassword, phoneRef, resetPasswordInput, secretCopied } from './phones';
import { agentGroupList, exportTrunksInput, exportTrunksResult, listTrunksInput, trunkPage, trunkPassword, trunkRef, trunkUpdatePreview, updatedTrunk, updateTrunkInput } from './trunks';
import { changeList, changeRef, listChangesInput, revertDone, revertPreview } from './changes';
import { activityCallRef, activityInput, activityList } from './activity';
import {
  callList,
  callListImport,
  callListIndex,
  callListRef,
  contact,
  contactImport,
  contactList,
  contactRef,
  disposeEntryInput,
  entryCalledInput,
  exportContactsInput,
  importCallListInput,
  importContactsInput,
  removedContact,
  saveContactInput,
  savedFile,
  skipEntryInput,
} from './contacts';
import { accountBalance, balanceHistory, lowBalanceSetting, setLowBalanceInput } from './account';
import { callReport, chartImageInput, reportExportInput, reportInput, savedReportFile } from './reports';

export interface MethodSchema {
  input: z.ZodType;
  output: z.ZodType;
}

/** The zod side of the contract: main parses every input with these, the renderer's forms reuse them. */
export const schemas = {
  'app.info': { input: appInfoInput, output: appInfoOutput },
  'app.openExternal': { input: openExternalInput, output: openExternalOutput },
  'app.linkHandler': { input: z.void(), output: linkHandlerStatus },
  'app.setLinkHandler': { input: setLinkHandlerInput, output: linkHandlerStatus },
  'app.dialShortcut': { input: z.void(), output: dialShortcutStatus },
  'app.setDialShortcut': { input: setDialShortcutInput, output: dialShortcutStatus },
  'app.saveDiagnostics': { input: z.void(), output: savedDiagnostics },
  'app.desktopSettings': { input: z.void(), output: desktopSettings },
  'app.setDesktopSettings': { input: setDesktopSettingsInput, output: desktopSettings },
  'app.language': { input: z.void(), output: languageSetting },
  'app.setLanguage': { input: setLanguageInput, output: languageSetting },
  'app.notifications': { input: z.void(), output: noticeSettings },
  'app.policy': { input: z.void(), output: policyStatus },
  'app.setNotifications': { input: setNoticeSettingsInput, output: noticeSettings },
  'app.updates': { input: z.void(), output: updateStatus },
  'app.setUpdateChecks': { input: setUpdateChecksInput, output: updateStatus },
  'app.checkForUpdate': { input: z.void(), output: updateStatus },
  'app.downloadUpdate': { input: z.void(), output: updateStatus },
  'app.installUpdate': { input: z.void(), output: updateStatus },
  'app.microphone': { input: microphoneInput, output: z.void() },
  'profiles.list': { input: z.void(), output: profileList },
  'profiles.save': { input: saveProfileInput, output: profileSummary },
  'profiles.remove': { input: profileRef, output: profileList },
  'profiles.use': { input: profileRef, output: profileList },
  'profiles.test': { input: optionalProfileRef, output: connectionReport },
  'profiles.testUnsaved': { input: testUnsavedInput, output: unsavedConnectionReport },
  'profiles.exportFile': { input: profileRef, output: exportedProfile },
  'profiles.importFile': { input: z.void(), output: importedProfile },
  'account.balance': { input: z.void(), output: accountBalance },
  'account.setLowBalance': { input: setLowBalanceInput, output: lowBalanceSetting },
  'account.balanceHistory': { input: z.void(), output: balanceHistory },
  'calls.place': { input: placeCallInput, output: placedCall },
  'calls.history': { input: historyListInput, output: historyList },
  'calls.exportHistory': { input: historyExportInput, output: historyExport },
  'calls.clearHistory': { input: z.void(), output: historyCleared },
  'calls.checkOutcomes': { input: checkOutcomesInput, output: outcomeSweep },
  'calls.outcome': { input: callRef, output: callOutcome },
  'calls.recording': { input: callRef, output: callRecording },
  'calls.saveRecording': { input: callRef, output: savedRecording },
  'calls.activity': { input: activityInput, output: activityList },
  'calls.activityRecording': { input: activityCallRef, output: callRecording },
  'contacts.list': { input: z.void(), output: contactList },
  'contacts.save': { input: saveContactInput, output: contact },
  'contacts.remove': { input: contactRef, output: removedContact },
  'contacts.import': { input: importContactsInput, output: contactImport },
  'contacts.export': { input: exportContactsInput, output: savedFile },
  'contacts.callLists': { input: z.void(), output: callListIndex },
  'contacts.callList': { input: callListRef, output: callList },
  'contacts.importCallList': { input: importCallListInput, output: callListImport },
  'contacts.disposeEntry': { input: disposeEntryInput, output: callList },
  'contacts.skipEntry': { input: skipEntryInput, output: callList },
  'contacts.entryCalled': { input: entryCalledInput, output: callList },
  'contacts.exportCallList': { input: callListRef, output: savedFile },
  'contacts.removeCallList': { input: callListRef, output: callListIndex },
  'phones.list': { input: listPhonesInput, output: phoneDirectory },
  'phones.password': { input: phoneRef, output: phonePassword },
  'phones.copyPassword': { input: copyPasswordInput, output: secretCopied },
  'phones.copySetup': { input: copySetupInput, output: secretCopied },
  'phones.create': { input: createPhonesInput, output: createdBatch },
  'phones.exportCsv': { input: exportPhonesInput, output: exportPhonesResult },
  'phones.resetPassword': { input: resetPasswordInput, output: phonePassword },
  'numbers.list': { input: z.void(), output: numberList },
  'numbers.edit': { input: numberSettings, output: numberEdited },
  'numbers.preview': { input: numberEditPlan, output: numberEditPreviews },
  'numbers.stageGreeting': { input: stageGreetingInput, output: stagedGreeting },
  'numbers.pickGreeting': { input: z.void(), output: pickedGreeting },
  'numbers.discardGreeting': { input: greetingRef, output: z.void() },
  'numbers.recent': { input: z.void(), output: recentNumbers },
  'trunks.list': { input: listTrunksInput, output: trunkPage },
  'trunks.password': { input: trunkRef, output: trunkPassword },
  'trunks.agentGroups': { input: z.void(), output: agentGroupList },
  'trunks.update': { input: updateTrunkInput, output: updatedTrunk },
  'trunks.preview': { input: updateTrunkInput, output: trunkUpdatePreview },
  'trunks.exportCsv': { input: exportTrunksInput, output: exportTrunksResult },
  'changes.list': { input: listChangesInput, output: changeList },
  'changes.previewRevert': { input: changeRef, output: revertPreview },
  'changes.revert': { input: changeRef, output: revertDone },
  'reports.calls': { input: reportInput, output: callReport },
  'reports.exportCsv': { input: reportExportInput, output: savedReportFile },
  'reports.saveChart': { input: chartImageInput, output: savedReportFile },
} as const satisfies Record<MethodName, MethodSchema>;
