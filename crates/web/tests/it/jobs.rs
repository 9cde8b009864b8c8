//! The job queue: retries with backoff, survival across restarts, and one
//! run per job even with several workers.

use std::collections::HashSet;

use agoral_domain::time::Timestamp;

use crate::harness::TestApp;

#[tokio::test]
async fn failing_jobs_retry_with_backoff_then_stop() {
    let app = TestApp::new().await;
    let db = app.db();
    let id = db
        .enqueue_job("no_such_kind", "{}", Timestamp::now())
        .await
        .expect("enqueue");
    assert_eq!(app.run_jobs().await, 1);
    let (attempts, finished, error) = db.job_state(id).await.expect("db").expect("job");
    assert_eq!((attempts, finished), (1, None));
    assert!(error.expect("error kept").contains("unknown job kind"));
    // Not due again until the backoff has passed.
    assert_eq!(app.run_jobs().await, 0);
    for _ in 1..10 {
        db.make_jobs_due().await.expect("due");
        app.run_jobs().await;
    }
    let (attempts, finished, _) = db.job_state(id).await.expect("db").expect("job");
    assert_eq!(attempts, 10);
    assert!(finished.is_some(), "given up after max attempts");
    assert_eq!(db.job_counts().await.expect("counts").failed, 1);
    app.stop().await;
}

#[tokio::test]
async fn concurrent_workers_run_each_job_once() {
    let app = TestApp::new().await;
    for i in 0..40 {
        app.db()
            .enqueue_mail(&format!("persona{i}@example.org"), "Oggetto", "Testo")
            .await
            .expect("enqueue");
    }
    let mut workers = Vec::new();
    for w in 0..4 {
        let state = app.state().clone();
        workers.push(tokio::spawn(async move {
            let mut claimed = Vec::new();
            while let Some(job) = state
                .db
                .claim_job(&format!("worker-{w}"), 60)
                .await
                .expect("claim")
            {
                claimed.push(job.id);
                state.db.complete_job(job.id).await.expect("complete");
            }
            claimed
        }));
    }
    let mut all = Vec::new();
    for worker in workers {
        all.extend(worker.await.expect("worker"));
    }
    let unique: HashSet<_> = all.iter().collect();
    assert_eq!(all.len(), 40, "every job claimed");
    assert_eq!(unique.len(), 40, "no job claimed twice");
    app.stop().await;
}

#[tokio::test]
async fn jobs_survive_a_restart_and_expired_leases_are_taken_again() {
    let app = TestApp::new().await;
    let url = app.database_url.clone();
    app.db()
        .enqueue_mail("dopo@example.org", "Dopo il riavvio", "Testo")
        .await
        .expect("enqueue");
    // A worker claims it and "dies" holding the lease.
    let job = app
        .db()
        .claim_job("dead-worker", 1)
        .await
        .expect("claim")
        .expect("job");
    assert!(
        app.db()
            .claim_job("other", 60)
            .await
            .expect("claim")
            .is_none(),
        "leased"
    );
    let data_dir = app.stop_keeping_data().await;

    // A new instance on the same database and data folder.
    let db = agoral_db::Db::connect(&url, 2).await.expect("reconnect");
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let again = db
        .claim_job("new-worker", 60)
        .await
        .expect("claim")
        .expect("lease expired");
    assert_eq!(again.id, job.id);
    assert_eq!(again.attempts, 2);
    db.close().await;
    drop(data_dir);
}
