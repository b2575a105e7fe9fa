/** Everything main hands to post, by name. Never a secret: paths and names only. */
export enum State {
  IsPost = 'isPost',
  /** the SSH session's private dir; post checks it is one of ours before touching it */
  SshDir = 'sshDir',
}
