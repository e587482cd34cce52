/* ond-planning-board.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPlanningBoard: the planning as a board, a year at a time: a column for each quarter
 * with a card for each row of that quarter. A Q3+4 row lies across the Q3 and Q4 columns,
 * a doorlopend row across all four, below the rows of one quarter. A card shows what, who,
 * theme and status (a button to change it), flags a row that is overdue or still to be
 * decided, and opens the row's form. The board shows the rows of its model: the planning
 * view hands it its filtered list. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"

G_BEGIN_DECLS

#define OND_TYPE_PLANNING_BOARD (ond_planning_board_get_type ())
G_DECLARE_FINAL_TYPE (OndPlanningBoard, ond_planning_board, OND, PLANNING_BOARD, AdwBin)

GtkWidget  *ond_planning_board_new          (void) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_planning_board_get_model    (OndPlanningBoard *self);
void        ond_planning_board_set_model    (OndPlanningBoard *self,
                                             GListModel       *model);
OndPlan    *ond_planning_board_get_plan     (OndPlanningBoard *self);
void        ond_planning_board_set_plan     (OndPlanningBoard *self,
                                             OndPlan          *plan);
int         ond_planning_board_get_year     (OndPlanningBoard *self);
void        ond_planning_board_set_year     (OndPlanningBoard *self,
                                             int               year);
/* The statuses a card's status button offers (OndVocabularyEntry of work_status), and the
 * day that decides what is overdue. Both are kept; the board is laid out again. */
void        ond_planning_board_set_statuses (OndPlanningBoard *self,
                                             GPtrArray        *statuses,
                                             GDateTime        *today);

G_END_DECLS
