/**
 * The cheat-sheet in Spanish: the facts of knowledge.ts, row by row, in Spanish words, as a
 * vendor's security or audit lead in Spain would write them (usted, short sentences). Report and
 * standard names stay as the auditors write them; the Spanish terms follow the rest of the
 * Spanish interface: "información financiera" for financial reporting, "Tipo 1/Tipo 2", "firma
 * de CPA", "carta puente" as the gloss of bridge letter, SGSI for ISMS (the term of the Spanish
 * edition of ISO/IEC 27001).
 */

import type { Knowledge } from './knowledge';

export const KNOWLEDGE_ES: Knowledge = {
  soc1VsSoc2: {
    id: 'soc1-vs-soc2',
    title: 'SOC 1 frente a SOC 2',
    columns: ['SOC 1', 'SOC 2'],
    rows: [
      {
        id: 'reports-on',
        aspect: 'Informa sobre',
        cells: [
          'Los controles que afectan al control interno sobre la información financiera (ICFR) de sus clientes.',
          'Los controles de seguridad, disponibilidad, integridad del procesamiento, confidencialidad y privacidad: los Trust Services Criteria del AICPA.',
        ],
      },
      {
        id: 'one-line',
        aspect: 'En una frase',
        cells: [
          'Dinero: ¿podría su servicio causar errores en los estados financieros de un cliente?',
          'Datos: ¿podría su servicio filtrar, perder o tratar mal los datos de sus clientes?',
        ],
      },
      {
        id: 'who-needs-it',
        aspect: 'Quién lo necesita',
        cells: [
          'Proveedores en el flujo del dinero: nóminas, facturación y pagos, gestión de préstamos, tramitación de siniestros, administración de fondos.',
          'SaaS, nube, servicios gestionados, encargados del tratamiento: casi cualquier proveedor tecnológico que guarde datos de clientes.',
        ],
      },
      {
        id: 'who-asks',
        aspect: 'Quién lo pide',
        cells: [
          'Los auditores externos del cliente, su CFO y su equipo de control financiero (controller).',
          'Los equipos de seguridad, TI y compras del cliente, al evaluar a sus proveedores.',
        ],
      },
      {
        id: 'standard',
        aspect: 'Norma',
        cells: [
          'SSAE 18, sección AT-C 320. Usted define los objetivos de control.',
          'SSAE 18, secciones AT-C 105 y AT-C 205, con los Trust Services Criteria como referencia.',
        ],
      },
      {
        id: 'performed-by',
        aspect: 'Quién lo realiza',
        cells: ['Una firma de CPA con licencia.', 'Una firma de CPA con licencia.'],
      },
      {
        id: 'types',
        aspect: 'Tipo 1 / Tipo 2',
        cells: [
          'Existen los dos. Tipo 1: el diseño, en una fecha concreta. Tipo 2: el diseño y la eficacia operativa durante un periodo, normalmente de 3 a 12 meses.',
          'Los mismos dos tipos, con el mismo significado.',
        ],
      },
      {
        id: 'distribution',
        aspect: 'Quién puede leerlo',
        cells: [
          'Uso restringido: se comparte bajo NDA con los clientes y sus auditores.',
          'Uso restringido: se comparte bajo NDA durante la evaluación del proveedor.',
        ],
      },
      {
        id: 'default-for-saas',
        aspect: 'Para una empresa SaaS',
        cells: [
          'No, salvo que su servicio afecte a la información financiera de sus clientes.',
          'Sí. Es el que piden las revisiones de seguridad.',
        ],
      },
    ],
  },
  type1VsType2: {
    id: 'type1-vs-type2',
    title: 'Tipo 1 frente a Tipo 2',
    columns: ['Tipo 1', 'Tipo 2'],
    rows: [
      {
        id: 'tests',
        aspect: 'Qué comprueba el auditor',
        cells: [
          'Que los controles están bien diseñados, en una fecha.',
          'Que los controles están bien diseñados y que funcionaron de verdad durante un periodo.',
        ],
      },
      {
        id: 'period',
        aspect: 'Periodo cubierto',
        cells: ['Un único momento.', 'Un periodo, normalmente de 3 a 12 meses.'],
      },
      {
        id: 'speed',
        aspect: 'Cuándo puede tenerlo',
        cells: [
          'Pronto, en cuanto sus controles estén implantados.',
          'Solo cuando termina el periodo de observación, más la auditoría.',
        ],
      },
      {
        id: 'buyers',
        aspect: 'Cómo lo ven los compradores',
        cells: [
          'Un buen comienzo que desbloquea muchas ventas; un paso intermedio.',
          'Lo que espera la mayoría de los equipos de seguridad y lo que piden las renovaciones.',
        ],
      },
      {
        id: 'when',
        aspect: 'Cuándo elegirlo',
        cells: [
          'Hay ventas paradas en la revisión de seguridad: consiga rápido un Tipo 1 y empiece el periodo del Tipo 2.',
          'En cuanto pueda: es el informe que perdura.',
        ],
      },
    ],
  },
  soc2VsIso27001: {
    id: 'soc2-vs-iso27001',
    title: 'SOC 2 frente a ISO 27001',
    columns: ['SOC 2', 'ISO/IEC 27001'],
    rows: [
      {
        id: 'what',
        aspect: 'Qué es',
        cells: [
          'Un informe de aseguramiento: una firma de CPA da su opinión sobre sus controles.',
          'Una certificación de su sistema de gestión de la seguridad de la información (SGSI).',
        ],
      },
      {
        id: 'by-whom',
        aspect: 'Quién lo emite',
        cells: ['Una firma de CPA con licencia.', 'Una entidad de certificación acreditada.'],
      },
      {
        id: 'what-you-get',
        aspect: 'Qué entrega usted',
        cells: [
          'Un informe detallado con las pruebas del auditor y sus resultados, bajo NDA.',
          'Un certificado que cualquiera puede ver, a menudo con la Declaración de Aplicabilidad.',
        ],
      },
      {
        id: 'criteria',
        aspect: 'Con qué se mide',
        cells: [
          'Los Trust Services Criteria del AICPA.',
          'Los requisitos de ISO/IEC 27001 y los controles de su Anexo A.',
        ],
      },
      {
        id: 'where',
        aspect: 'Lo piden sobre todo',
        cells: [
          'Compradores de Estados Unidos y Canadá.',
          'Compradores de Europa y del resto del mundo.',
        ],
      },
      {
        id: 'accepted',
        aspect: '¿Vale en lugar del otro?',
        cells: [
          'A menudo, pero no siempre: pregunte al comprador.',
          'A menudo, pero no siempre: pregunte al comprador.',
        ],
      },
    ],
  },
  extras: [
    {
      id: 'soc3',
      title: 'SOC 3',
      points: [
        'Un resumen breve y de uso general de un SOC 2: sin el detalle de las pruebas, por lo que se puede publicar.',
        'Sirve para su web o para una primera toma de contacto; un comprador que hace una revisión de seguridad en serio sigue queriendo el SOC 2.',
      ],
    },
    {
      id: 'bridge-letter',
      title: 'Bridge letter (carta puente)',
      points: [
        'Una carta de su propia dirección, no del auditor, que cubre el tiempo entre el fin del periodo de su informe y hoy.',
        'Declara que sus controles no han tenido ningún cambio significativo desde que terminó el periodo.',
        'Envíela junto con su informe cuando el periodo terminó hace meses.',
      ],
    },
  ],
  legacyNames: [
    {
      id: 'sas-70',
      name: 'SAS 70',
      meaning: 'La norma antigua, vigente hasta 2011. La sustituyó SSAE 16 y después SSAE 18.',
    },
    {
      id: 'ssae-16',
      name: 'SSAE 16',
      meaning:
        'Sustituyó a SAS 70 en 2011; a su vez, SSAE 18 la sustituyó para los informes fechados a partir de mayo de 2017.',
    },
    {
      id: 'ssae-18',
      name: 'SSAE 18',
      meaning:
        'La norma actual de SOC 1 y de SOC 2, por lo que «informe SSAE 18» a secas es ambiguo: lea el contexto (si habla de información financiera, es SOC 1; si no, SOC 2).',
    },
    {
      id: 'isae-3402',
      name: 'ISAE 3402',
      meaning: 'El equivalente internacional de SOC 1.',
    },
    {
      id: 'isae-3000',
      name: 'ISAE 3000',
      meaning:
        'La norma internacional de aseguramiento más general, que a menudo se usa como SOC 2.',
    },
    {
      id: 'at-c',
      name: 'AT-C 320, AT-C 105 y 205',
      meaning: 'Las secciones de SSAE 18: AT-C 320 es SOC 1; AT-C 105 con 205 es SOC 2.',
    },
    {
      id: 'other-soc',
      name: '«SOC» que no es un informe',
      meaning:
        'Security Operations Center (centro de operaciones de seguridad), System on Chip y Standard Occupational Classification también se abrevian SOC. Ninguno es una solicitud de informe.',
    },
  ],
  faq: [
    {
      id: 'difference',
      question: '¿Qué diferencia hay entre SOC 1 y SOC 2?',
      answer:
        'SOC 1 trata del dinero: los controles que podrían afectar a los estados financieros de sus clientes. SOC 2 trata de los datos: seguridad, disponibilidad, integridad del procesamiento, confidencialidad y privacidad. Los dos son informes de una firma de CPA según SSAE 18.',
    },
    {
      id: 'which-do-i-need',
      question: '¿Cuál necesito?',
      answer:
        'Si es un proveedor SaaS o tecnológico que guarda datos de clientes: SOC 2. Añada SOC 1 solo cuando su servicio afecte a la información financiera de sus clientes (nóminas, facturación, pagos, gestión de préstamos, siniestros, administración de fondos) y un cliente lo pida. ¿Tiene dudas? Pregunte al equipo de seguridad o de compras del comprador.',
    },
    {
      id: 'unnumbered',
      question: 'El cuestionario solo dice «informe SOC». ¿Cuál quieren?',
      answer:
        'En un cuestionario de seguridad o de compras, SOC 2. Solo significa SOC 1 cuando la pregunta o su sección apuntan a la información financiera: ICFR, SOX, estados financieros, el auditor externo o el controller.',
    },
    {
      id: 'is-soc2-harder',
      question: '¿Es SOC 2 más difícil que SOC 1?',
      answer:
        'No es más difícil, es distinto. SOC 2 cubre la seguridad de todo su sistema con criterios fijos; SOC 1 cubre los procesos que afectan a la información financiera, con objetivos que define usted. El esfuerzo depende más del alcance y de si es Tipo 1 o Tipo 2 que del número.',
    },
    {
      id: 'one-audit-both',
      question: '¿Puede una sola auditoría cubrir los dos?',
      answer:
        'Obtendrá dos informes, pero una misma firma de CPA puede hacer ambos en un solo periodo de trabajo de campo, con evidencias compartidas. Las plataformas de pagos y de nóminas suelen hacer justo eso.',
    },
    {
      id: 'which-first',
      question: '¿Cuál debo obtener primero?',
      answer:
        'El informe del que dependen sus ingresos. En la mayoría de las empresas SaaS, es SOC 2. Si ahora hay ventas paradas en la revisión de seguridad, consiga rápido un Tipo 1 para desbloquearlas y después un Tipo 2.',
    },
    {
      id: 'iso-instead',
      question: '¿Puedo enviar ISO 27001 en lugar de SOC 2?',
      answer:
        'A menudo, sí. Son cosas distintas (una certificación de su sistema de gestión de la seguridad frente a un informe de aseguramiento sobre sus controles), pero muchos compradores aceptan cualquiera de los dos. Pregunte antes de darlo por hecho.',
    },
    {
      id: 'old-report',
      question: 'El periodo de nuestro informe terminó hace meses. ¿Qué envío?',
      answer:
        'El informe más una bridge letter (carta puente) de su dirección que declare que no ha habido ningún cambio significativo desde que terminó el periodo.',
    },
  ],
  scenario: {
    questions: [
      {
        id: 'financialReporting',
        question: '¿Su servicio afecta a la información financiera de sus clientes?',
        options: [
          {
            value: 'yes',
            label: 'Sí (nóminas, facturación, pagos, siniestros, gestión de fondos…)',
          },
          { value: 'no', label: 'No' },
          { value: 'unsure', label: 'No estoy seguro' },
        ],
      },
      {
        id: 'asker',
        question: '¿Quién pide el informe?',
        options: [
          { value: 'security', label: 'El equipo de seguridad, TI o compras del cliente' },
          { value: 'finance', label: 'Los auditores, el controller o el CFO del cliente' },
          { value: 'both', label: 'Ambos' },
          { value: 'unknown', label: 'No lo sé' },
        ],
      },
      {
        id: 'dealsStalled',
        question: '¿Hay ventas paradas ahora mismo a la espera de un informe?',
        options: [
          { value: 'yes', label: 'Sí' },
          { value: 'no', label: 'No' },
        ],
      },
    ],
    headlines: {
      soc2: 'Obtenga SOC 2',
      soc1: 'Obtenga SOC 1',
      both: 'Obtenga SOC 1 y SOC 2',
      'ask-buyer': 'Pregunte antes al comprador',
    },
    reasons: {
      'finance-without-financial-reporting':
        'Los auditores o el controller del cliente suelen querer SOC 1, pero su servicio no afecta a la información financiera del cliente, así que SOC 1 tendría poco sobre lo que informar.',
      'offer-soc2-to-finance': 'Dígaselo, ofrezca su SOC 2 y pregunte si cubre lo que necesitan.',
      'data-without-financial-reporting':
        'Usted guarda datos de clientes, pero no afecta a la información financiera de sus clientes: su informe es SOC 2.',
      'unnamed-means-soc2':
        'Un «informe SOC» sin número en un cuestionario de seguridad significa SOC 2.',
      'security-asks-soc2':
        'Los equipos de seguridad, TI y compras piden SOC 2 al evaluar a sus proveedores.',
      'explain-outside-financial-reporting':
        'Si los auditores del cliente insisten en SOC 1, explique que su servicio queda fuera de la información financiera del cliente.',
      'financial-reporting-and-finance':
        'Su servicio afecta a la información financiera del cliente y lo piden los auditores o el controller del cliente: eso es SOC 1.',
      'soc2-later':
        'Cuente con que los equipos de seguridad pidan SOC 2 más adelante; la misma firma de CPA puede añadirlo.',
      'security-waits-on-soc2':
        'El equipo de seguridad que lo pide ahora espera SOC 2: empiece por él, porque sus ingresos dependen de él.',
      'auditors-will-ask-soc1':
        'Como su servicio afecta a la información financiera de sus clientes, los auditores de sus clientes también pedirán SOC 1.',
      'one-firm-one-window':
        'Una firma de CPA, un solo periodo de trabajo de campo, evidencias compartidas.',
      'money-flow-needs-both':
        'Las plataformas del flujo del dinero (pagos, nóminas, facturación) suelen necesitar los dos.',
      'one-firm-both':
        'Una misma firma de CPA puede hacer ambos en un solo periodo de trabajo de campo, con evidencias compartidas.',
      'ask-which-first': 'Pregunte al comprador cuál necesita primero y empiece por ese.',
      'lead-with-revenue': 'Empiece por el informe del que dependen sus ingresos.',
      'security-whatever-else':
        'Los equipos de seguridad, TI y compras piden SOC 2 al evaluar a sus proveedores, haga lo que haga además.',
      'add-soc1-later':
        'Si más adelante un cliente le dice que su servicio afecta a los estados financieros del cliente, añada entonces SOC 1.',
      'unsure-decides':
        'No sabe con certeza si su servicio afecta a la información financiera del cliente, y eso decide entre SOC 1 y SOC 2.',
      'ask-buyer-which':
        'Pregunte al equipo de seguridad o de compras del comprador qué informe necesita y por qué.',
    },
    typeAdvice: {
      yes: 'Hay ventas paradas ahora: consiga rápido un Tipo 1 para desbloquearlas y empiece a la vez el periodo del Tipo 2.',
      no: 'Ninguna venta está esperando: vaya directamente a un Tipo 2, el informe que esperan los compradores.',
    },
  },
};
