/* ond-case-workflow.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fixed workflow of a case of the casusoverleg: which status may follow which. Pure
 * logic, no database: the store asks it before every change of status.
 *
 *   nieuw -> gewogen -> toegewezen -> interventie -> monitoring -> gesloten
 *   nieuw/gewogen -> afgevoerd;  monitoring -> interventie;  gesloten -> monitoring (reopen)
 *   (weighing straight from nieuw may also end in toegewezen or afgevoerd)
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OND_CASE_STATUS_NEW,           /* nieuw */
  OND_CASE_STATUS_WEIGHED,       /* gewogen */
  OND_CASE_STATUS_ASSIGNED,      /* toegewezen */
  OND_CASE_STATUS_INTERVENTION,  /* interventie */
  OND_CASE_STATUS_MONITORING,    /* monitoring */
  OND_CASE_STATUS_CLOSED,        /* gesloten */
  OND_CASE_STATUS_DROPPED,       /* afgevoerd */
} OndCaseStatus;

#define OND_CASE_STATUS_N 7

/* The weighing decision (weighing_decision codes). */
typedef enum
{
  OND_WEIGHING_DROP,             /* afvoeren -> afgevoerd */
  OND_WEIGHING_PARTNER,          /* partner  -> toegewezen, lead partner required */
  OND_WEIGHING_RIEC,             /* riec     -> toegewezen, lead partner = the RIEC */
  OND_WEIGHING_RESEARCH,         /* onderzoek -> stays gewogen, follow-up date required */
} OndWeighingDecision;

const char *ond_case_status_to_code        (OndCaseStatus        status);
gboolean    ond_case_status_from_code      (const char          *code,
                                            OndCaseStatus       *status);
/* Dutch label as the window shows it ("In interventie"). */
const char *ond_case_status_label          (OndCaseStatus        status);
gboolean    ond_case_status_is_open        (OndCaseStatus        status);

const char *ond_weighing_decision_to_code  (OndWeighingDecision  decision);
gboolean    ond_weighing_decision_from_code (const char         *code,
                                            OndWeighingDecision *decision);
/* The status a weighing decision leads to. */
OndCaseStatus ond_weighing_decision_target (OndWeighingDecision  decision);

/* Whether @from may go to @to by a plain transition (not weighing, not closing: those
 * have their own store calls, which also check here). */
gboolean    ond_case_workflow_allows       (OndCaseStatus        from,
                                            OndCaseStatus        to);
/* Fails with OND_STORE_ERROR_INVALID and a clear Dutch/English message naming both
 * statuses when the step is not allowed. */
gboolean    ond_case_workflow_check        (OndCaseStatus        from,
                                            OndCaseStatus        to,
                                            GError             **error);
/* The statuses reachable from @from, for the window to offer (returns the count). */
guint       ond_case_workflow_next         (OndCaseStatus        from,
                                            OndCaseStatus        next[OND_CASE_STATUS_N]);

G_END_DECLS
