/* ond-xlsx-export.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council workbook: the plan's monitoring figures, planning, budget, interventie
 * menukaart and case counts as an Excel file for the gemeenteraad. Dutch whatever the UI
 * language, and never any personal data: everything it shows is read in a council scope
 * (ond-store-council.h). Recorded as a council report by ond_report_export_xlsx ()
 * (ond-report-export.h).
 */

#pragma once

#include "ond-report.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* For tests: called once the workbook's data has been read, still inside the council scope
 * it was read in; NULL: none. */
typedef void (*OndXlsxGatheredHook) (OndStore *store,
                                     gpointer  user_data);

void     ond_xlsx_export_set_gathered_hook (OndXlsxGatheredHook  hook,
                                            gpointer             user_data);

gboolean ond_xlsx_export_write   (OndStore    *store,
                                  gint64       plan_id,
                                  int          year,
                                  const char  *path,
                                  GError     **error);
/* The workbook of @plan_id for @year as of @now, with @made (NULL: @now) as its created date
 * and @author (NULL: ond_council_who ()) as its author. @snapshot: a report on record whose
 * data (the plan, year, Monitoring and Casussen) the workbook is made from instead of
 * gathering today's (@plan_id and @year are then ignored). @used (out, optional): the
 * OndReport the workbook was made from, as its snapshot reads back. */
gboolean ond_xlsx_export_write_report (OndStore        *store,
                                       gint64           plan_id,
                                       int              year,
                                       const char      *path,
                                       GDateTime       *now,
                                       GDateTime       *made,
                                       const char      *author,
                                       const OndReport *snapshot,
                                       OndReport      **used,
                                       GError         **error);
int      ond_report_default_year (int          first_year,
                                  int          last_year,
                                  GDateTime   *now);

G_END_DECLS
