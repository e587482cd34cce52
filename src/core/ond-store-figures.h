/* ond-store-figures.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The monitoring figures (ond-store-figures.c): counted from the registers and the cases,
 * entered by hand, frozen when a year is closed.
 *
 * Counting. A counted figure counts, per year, the records dated in that year: signals by
 * date received whatever their status (deleted cases excluded), controls, measures, stop
 * talks and activities by their date. Which records each figure counts is one table in
 * ond-store-figures.c (mma_reports: cases from source mma; integrated_controls: controls
 * of kind integraal; integrated_control_businesses: their businesses visited;
 * drug_closures_soft: measures sluiting/softdrugs; ...). A figure with parts (drug_measures,
 * trafficking_measures) is the sum of its parts. Counting starts at the first year of the
 * earliest plan: earlier years (the 2022 baseline) only have values entered by hand.
 *
 * Hand values. A year of a figure is either counted or entered by hand, never both:
 * - a hand value needs a source (who delivered it) and is 0..OND_FIGURE_MAX_VALUE;
 * - a hand value for a year in which records count towards the figure is refused: a
 *   counted figure can't be overwritten by hand;
 * - when records are added later to a year that has a hand value, the hand value stays
 *   the figure and the records are reported as "uncounted" (ond_figure_get_uncounted);
 * - sums must agree: when a parent and all its parts have hand values for a year, the
 *   parent must equal the sum of the parts, or the change is refused;
 * - a closed year refuses hand values (reopen it first).
 *
 * Closing a year. ond_store_close_year freezes every counted value of the year (the
 * total, per quarter, per month, per area, per district, and records without an area) in
 * indicator_frozen; from then on the figures of that year are read from there, so later
 * edits or removals of records never change them. Only a year that has ended can be
 * closed. Reopening needs a reason, removes the frozen values and is logged in
 * year_close, as is every close.
 *
 * Parts: "" is the whole year; "Q1".."Q4"; "M01".."M12"; "area:<id>"; "area:none";
 * "district:<name>" (the areas of a district together, e.g. Dordt-West's four wijken).
 */

#pragma once

#include "ond-figure.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* A figure above this for one year is taken for a typing error. */
#define OND_FIGURE_MAX_VALUE 1000000

typedef struct
{
  char   *part;    /* see above */
  char   *label;   /* "Geheel", "Q1", "januari", "Crabbehof", "Dordt-West (samen)", "Geen gebied" */
  gint64  value;
} OndFigurePart;

typedef struct
{
  int   year;
  char *action;    /* "close" or "reopen" */
  char *at;        /* local ISO time */
  char *who;
  char *reason;    /* "" for a close */
} OndYearClose;

void        ond_figure_part_free         (OndFigurePart  *self);
void        ond_year_close_free          (OndYearClose   *self);

/* The monitoring table (transfer full): a GListStore of OndFigure, one per indicator in
 * the indicators' order, with values for the years from the plan's first year - 1 (the
 * baseline) to its last year, the targets of @report_year from the plan's planning rows,
 * and status and trend as of @today. */
GListModel *ond_store_list_figures       (OndStore       *self,
                                          gint64          plan_id,
                                          int             report_year,
                                          GDateTime      *today,
                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* One year of one figure: its value and origin (NONE with *@value 0 when it has none). */
gboolean    ond_store_get_figure         (OndStore       *self,
                                          const char     *code,
                                          int             year,
                                          gint64         *value,
                                          OndFigureOrigin *origin,
                                          GError        **error);
/* The parts of a year of a counted (or frozen) figure, in this order: the whole year,
 * Q1..Q4, every area in the areas' order, each district together, records without an
 * area. For a hand value only the whole year. Transfer full: GPtrArray of OndFigurePart. */
GPtrArray  *ond_store_list_figure_parts  (OndStore       *self,
                                          const char     *code,
                                          int             year,
                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* The counts per month of a year (January = months[0]), for the cumulative chart. A hand
 * value has no months: all 0 and *@by_month FALSE. */
gboolean    ond_store_get_figure_months  (OndStore       *self,
                                          const char     *code,
                                          int             year,
                                          gint64          months[12],
                                          gboolean       *by_month,
                                          GError        **error);
/* The target of @year for @code in the plan: the sum of the targets its planning rows of
 * that year state; -1 when none. */
gboolean    ond_store_get_figure_target  (OndStore       *self,
                                          gint64          plan_id,
                                          const char     *code,
                                          int             year,
                                          gint64         *target,
                                          GError        **error);

/* Hand values (see the rules above). Errors: OND_STORE_ERROR_INVALID with a clear message,
 * OND_STORE_ERROR_NOT_FOUND for an unknown code, OND_STORE_ERROR_READ_ONLY. */
gboolean    ond_store_set_figure_value   (OndStore       *self,
                                          const char     *code,
                                          int             year,
                                          gint64          value,
                                          const char     *source,
                                          GError        **error);
/* An edit of the hand value opened with *@row_version (0: the year had none then):
 * OND_STORE_ERROR_CONFLICT when someone else changed or entered it since, NOT_FOUND when they
 * cleared it (ond-store-migration-12.c); on success *@row_version is the row's new version. */
gboolean    ond_store_set_figure_value_edit (OndStore    *self,
                                             const char  *code,
                                             int          year,
                                             gint64      *row_version,
                                             gint64       value,
                                             const char  *source,
                                             GError     **error);
gboolean    ond_store_clear_figure_value (OndStore       *self,
                                          const char     *code,
                                          int             year,
                                          GError        **error);

/* Closing and reopening a reporting year (see above). @today decides whether the year has
 * ended. */
gboolean    ond_store_close_year         (OndStore       *self,
                                          int             year,
                                          GDateTime      *today,
                                          GError        **error);
gboolean    ond_store_reopen_year        (OndStore       *self,
                                          int             year,
                                          const char     *reason,
                                          GError        **error);
gboolean    ond_store_is_year_closed     (OndStore       *self,
                                          int             year,
                                          gboolean       *closed,
                                          GError        **error);
/* Every close and reopen, oldest first. Transfer full: GPtrArray of OndYearClose. */
GPtrArray  *ond_store_list_year_closes   (OndStore       *self,
                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndFigurePart, ond_figure_part_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndYearClose, ond_year_close_free)

G_END_DECLS
