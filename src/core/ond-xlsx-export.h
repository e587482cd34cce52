/* ond-xlsx-export.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council workbook: the plan's planning, budget and interventie menukaart as an Excel
 * file for the gemeenteraad. Dutch whatever the UI language, and never any personal data.
 */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

gboolean ond_xlsx_export_write   (OndStore    *store,
                                  gint64       plan_id,
                                  int          year,
                                  const char  *path,
                                  GError     **error);
int      ond_report_default_year (int          first_year,
                                  int          last_year,
                                  GDateTime   *now);

G_END_DECLS
