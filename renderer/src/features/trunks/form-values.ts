import { OUTGOING, updateInputFrom, type TrunkRecord, type UpdateTrunkInput } from '../../../../contract/schemas/trunks';

interface GroupRow {
  /** React's key for the row; never sent. */
  key: string;
  /** The picked group's id as the picker holds it (text); empty until one is picked. */
  voiceGroupId: string;
  number: string;
}

/** The editor's fields: the update's own names, so a vendor code's `field` points at the input. */
export interface TrunkFormValues {
  sipTrunkName: string;
  sipPrefix: string;
  sipGatewayIp: string;
  sipWhiteIp: string;
  sipTrunkState: boolean;
  sipAccount: string;
  sipPassword: string;
  groupList: GroupRow[];
}

let rowCounter = 0;
export const newGroupRow = (voiceGroupId = '', number = ''): GroupRow => ({ key: `group-${++rowCounter}`, voiceGroupId, number });

/** The editor prefilled from the list record (its groupId read as the update's voiceGroupId). */
export function formValuesFrom(record: TrunkRecord): TrunkFormValues {
  const edit = updateInputFrom(record);
  return {
    sipTrunkName: edit.sipTrunkName,
    sipPrefix: edit.sipPrefix ?? '',
    sipGatewayIp: edit.sipGatewayIp ?? '',
    sipWhiteIp: edit.sipWhiteIp ?? '',
    sipTrunkState: edit.sipTrunkState,
    sipAccount: edit.sipAccount ?? '',
    sipPassword: '',
    groupList: edit.groupList.map(({ voiceGroupId, number }) => newGroupRow(String(voiceGroupId), number ?? '')),
  };
}

/**
 * The update the editor sends: only the fields the trunk's type shows (the hidden ones of the
 * other type stay out), and the account and password only while registration is on.
 */
export function updateInputOf(record: TrunkRecord, values: TrunkFormValues): UpdateTrunkInput {
  const outgoing = record.type === OUTGOING;
  const registering = outgoing && values.sipTrunkState;
  return {
    keyId: record.keyId,
    type: record.type,
    sipTrunkName: values.sipTrunkName,
    sipPrefix: values.sipPrefix,
    groupList: values.groupList.map(({ voiceGroupId, number }) => ({
      voiceGroupId: /^\s*\d+\s*$/.test(voiceGroupId) ? Number(voiceGroupId) : Number.NaN,
      ...(outgoing ? {} : { number }),
    })),
    sipGatewayIp: outgoing ? values.sipGatewayIp : '',
    sipWhiteIp: outgoing ? '' : values.sipWhiteIp,
    sipTrunkState: values.sipTrunkState,
    sipAccount: registering ? values.sipAccount : '',
    sipPassword: registering ? values.sipPassword : '',
  };
}
