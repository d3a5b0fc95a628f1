-- An action point may implement a decision of the register taken outside a meeting (in writing or by silence
-- procedure): it then has no meeting, and names the decision by id and number.
alter table meeting_action_point alter column meeting_id drop not null;
alter table meeting_action_point add column decision_id uuid;
alter table meeting_action_point add column decision_number varchar(30);
create index meeting_action_point_by_decision on meeting_action_point (decision_id);
