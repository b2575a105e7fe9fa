/** Everything main hands to post, by name. Never a secret: paths and names only. */
export enum State {
  IsPost = 'isPost',
  SshDir = 'sshDir',
  SshConfig = 'sshConfig',
  SshDestination = 'sshDestination',
}
