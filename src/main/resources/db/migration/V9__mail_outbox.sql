-- The outbox of the mail module: every letter Planspor sends, written in the same transaction as what
-- caused it and sent afterwards by the background sender. Nothing is deleted: it is also the record
-- administrators read (sent, waiting, failed with the reason).
create table mail_letter (
    id              bigint generated always as identity primary key,
    -- a short machine tag saying why the letter was written ("round-asked")
    purpose         varchar(60)  not null,
    to_address      varchar(320) not null,
    to_name         text,
    subject         text         not null,
    text_body       text         not null,
    html_body       text,
    -- WAITING: to be sent at next_attempt_at; SENDING: claimed by a sender at claimed_at;
    -- SENT: accepted by the SMTP server at sent_at; FAILED: given up, see problem and last_error
    state           varchar(10)  not null default 'WAITING'
                    check (state in ('WAITING', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    claimed_at      timestamptz,
    -- what went wrong last: UNREACHABLE (no SMTP server to talk to), REJECTED (the address was refused),
    -- ERROR (anything else), INTERRUPTED (the sender stopped while sending)
    problem         varchar(12)  check (problem in ('UNREACHABLE', 'REJECTED', 'ERROR', 'INTERRUPTED')),
    last_error      text,
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz,
    -- a copy an administrator asked to send again of an already sent letter
    resent_from     bigint references mail_letter (id)
);
create index mail_letter_due on mail_letter (next_attempt_at, id) where state = 'WAITING';
create index mail_letter_claimed on mail_letter (claimed_at) where state = 'SENDING';
create index mail_letter_newest on mail_letter (created_at desc, id desc);
create index mail_letter_state on mail_letter (state, created_at desc, id desc);
