import type { FormCondition } from '../../../types/api/forms'
import type { FieldKey, FieldSpec, SectionId } from './fields'

/**
 * The application forms (申请表) of the catalog's items, written as field keys from the library grouped in
 * sections. Items with a bespoke form are listed here; every other item gets the platform's 通用申请表
 * (`genericForm`): who applies, what for, and how the result reaches them.
 */

/** A library field, optionally tightened for this item (a condition, required, not remembered). */
export type FieldRef = FieldKey | [FieldKey, Partial<FieldSpec>]

export interface ItemFormSpec {
  /** Sections in the order shown; each lists its fields in order. */
  sections: Partial<Record<SectionId, FieldRef[]>>
  /** Materials this filled-in form is (申请表): generated from it, nothing to upload. */
  provides?: string[]
}

const APPLICATION_FORM = 'm-application-form'
const COMPANY_REGISTRATION_FORM = 'm-company-registration-form'

const PERSON: FieldRef[] = ['applicant.name', 'applicant.idNumber', 'applicant.phone']
const PARENT: FieldRef[] = [
  'applicant.name',
  'applicant.idNumber',
  'applicant.parentRole',
  'applicant.phone',
  'applicant.ethnicity',
  'applicant.householdAddress',
  'applicant.residenceAddress',
]
const OTHER_PARENT: FieldRef[] = [
  'otherParent.name',
  'otherParent.idNumber',
  'otherParent.phone',
  'otherParent.ethnicity',
]
const LEGAL_REP: FieldRef[] = ['legalRep.name', 'legalRep.idNumber', 'legalRep.phone']
const EXISTING_COMPANY: FieldRef[] = ['company.name', 'company.creditCode']
const DELIVERY: FieldRef[] = ['delivery.method', 'delivery.address']
const VEHICLE: FieldRef[] = ['vehicle.plateNumber', 'vehicle.vin', 'vehicle.type', 'vehicle.totalMass']

const bornOutside: FormCondition = { question: 'born_in_province', in: ['no'] }
const hasVehicles: FormCondition = { question: 'has_vehicles', in: ['yes'] }
const onlyIf = (condition: FormCondition, keys: FieldKey[]): FieldRef[] =>
  keys.map((key) => [key, { showIf: condition }])

export const ITEM_FORMS: Record<string, ItemFormSpec> = {
  // ── 新生儿出生一件事 ───────────────────────────────────────────────────────────────────────────────────
  'i-birth-certificate': {
    sections: { applicant: PARENT, otherParent: OTHER_PARENT, newborn: ['newborn.name'] },
    provides: [APPLICATION_FORM],
  },
  'i-birth-service-registration': {
    sections: { applicant: PARENT, otherParent: OTHER_PARENT, newborn: ['newborn.name'] },
  },
  'i-vaccination-certificate': {
    sections: { applicant: [...PERSON, 'applicant.residenceAddress'], newborn: ['newborn.name'] },
  },
  'i-birth-registration': {
    sections: {
      applicant: PARENT,
      otherParent: OTHER_PARENT,
      newborn: [
        'newborn.name',
        'newborn.ethnicity',
        ...onlyIf(bornOutside, [
          'newborn.sex',
          'newborn.birthDate',
          'newborn.birthPlace',
          'newborn.certificateNo',
        ]),
      ],
      settle: ['settle.address', 'settle.relationToHead'],
    },
  },
  'i-resident-medical-insurance': {
    sections: { applicant: [...PERSON, 'applicant.householdAddress'] },
  },
  'i-social-card-apply': {
    sections: { applicant: PERSON, card: ['card.delivery', 'card.mailingAddress', 'card.bank'] },
  },

  // ── 开办道路货运企业一件事 (and the other transport bundles) ──────────────────────────────────────────────
  'i-company-registration': {
    sections: {
      company: [
        ['company.name', { hint: '已通过“企业名称自主申报”的名称', remember: false }],
        'company.address',
        'company.businessScope',
        'company.registeredCapital',
      ],
      legalRep: LEGAL_REP,
      contact: ['contact.name', 'contact.phone'],
    },
    provides: [COMPANY_REGISTRATION_FORM],
  },
  'i-freight-transport-permit': {
    sections: {
      company: [...EXISTING_COMPANY, 'company.address'],
      legalRep: LEGAL_REP,
      transport: [
        'transport.scope',
        'transport.vehicleCount',
        'transport.safetyManager',
        'transport.safetyManagerPhone',
        'transport.parkingAddress',
      ],
      vehicle: onlyIf(hasVehicles, [
        'vehicle.plateNumber',
        'vehicle.vin',
        'vehicle.type',
        'vehicle.totalMass',
      ]),
    },
    provides: [APPLICATION_FORM],
  },
  'i-road-transport-certificate': {
    sections: { company: EXISTING_COMPANY, vehicle: VEHICLE },
  },
  'i-passenger-transport-permit': {
    sections: {
      company: [...EXISTING_COMPANY, 'company.address'],
      legalRep: LEGAL_REP,
      transport: ['transport.safetyManager', 'transport.safetyManagerPhone', 'transport.parkingAddress'],
    },
    provides: [APPLICATION_FORM],
  },
  'i-freight-driver-exam': {
    sections: { applicant: [...PERSON, 'applicant.residenceAddress'] },
    provides: [APPLICATION_FORM],
  },
  'i-sole-proprietor-registration': {
    sections: {
      applicant: [...PERSON, 'applicant.householdAddress'],
      company: [
        ['company.name', { label: '个体工商户名称', remember: false }],
        'company.address',
        'company.businessScope',
      ],
    },
    provides: [APPLICATION_FORM],
  },
}

/** The 通用申请表 of an item without a bespoke form. A business asks as a business, a person as a person. */
export function genericForm(materialIds: readonly string[]): ItemFormSpec {
  const business = materialIds.includes('m-business-license')
  const sections: ItemFormSpec['sections'] = business
    ? { company: EXISTING_COMPANY, legalRep: LEGAL_REP }
    : { applicant: [...PERSON, 'applicant.householdAddress'] }
  if (materialIds.includes('m-bank-account')) sections.bank = ['bank.name', 'bank.account']
  sections.request = [['request.description', { required: false }]]
  sections.delivery = DELIVERY
  return materialIds.includes(APPLICATION_FORM) ? { sections, provides: [APPLICATION_FORM] } : { sections }
}

/**
 * Items that issue a business its 营业执照 (and so its 统一社会信用代码). A 一件事 with one of them registers the
 * business in the same application, so its other items cannot ask for the code — the catalog drops the
 * 营业执照 material in those bundles for the same reason.
 */
export const REGISTERS_BUSINESS = new Set([
  'i-company-registration',
  'i-sole-proprietor-registration',
  'i-farmer-cooperative-registration',
  'i-private-non-enterprise-registration',
])
