/* ond-subject-document.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document for an inzageverzoek (AVG article 15): everything held about a person in
 * the cases chosen for their request, as an OndDoc (ond-doc.h) in Dutch. The store reads
 * what goes in (ond-store-subject-export.c) into one OndSubjectRecord per case; this file
 * only lays it out. It holds personal data: write it with ond_doc_write_private_pdf ().
 */

#pragma once

#include "ond-doc.h"

G_BEGIN_DECLS

/* One case of the document. Dates are ISO ("YYYY-MM-DD"), times local ISO
 * ("YYYY-MM-DDTHH:MM:SS"), as the database holds them; "" for none. */
typedef struct
{
  char      *reference;
  gboolean   hidden;          /* deleted, not yet removed for good */
  GPtrArray *fields;          /* char *: label, value, label, value, ... (values as shown) */
  GPtrArray *events;          /* GStrv: time, who, from status, to status, reason */
  GPtrArray *interventions;   /* GStrv: intervention, partner, planned, follow-up, status,
                               *        note */
  GPtrArray *meeting_items;   /* GStrv: meeting date, why on the agenda, topic, decision,
                               *        decided at, decided by */
  GPtrArray *measures;        /* GStrv: date, kind, domain, legal basis, area */
  GPtrArray *access;          /* GStrv: time, who, what */
} OndSubjectRecord;

OndSubjectRecord *ond_subject_record_new   (const char        *reference,
                                            gboolean           hidden)
                                            G_GNUC_WARN_UNUSED_RESULT;
void              ond_subject_record_free  (OndSubjectRecord  *record);
/* Adds a field; a NULL value is shown as "". */
void              ond_subject_record_add_field (OndSubjectRecord *record,
                                            const char        *label,
                                            const char        *value);

/* The document of @records (OndSubjectRecord, in order), made on @created by @author (the
 * login name). Transfer full. */
OndDoc           *ond_subject_document_new (GPtrArray         *records,
                                            const char        *author,
                                            GDateTime         *created)
                                            G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndSubjectRecord, ond_subject_record_free)

G_END_DECLS
